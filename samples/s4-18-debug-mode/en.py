import asyncio
import logging
import time
import warnings

async def main():
    time.sleep(0.2)  # a blocking call inside a coroutine stalls the whole event loop
    asyncio.sleep(1)  # a forgotten await: the coroutine object is made, but never runs

class SlowCallbackHandler(logging.Handler):
    # debug mode logs "Executing <Task ...> took 0.205 seconds" to the "asyncio" logger
    def emit(self, record):
        if record.msg.startswith("Executing"):
            print(f"slow callback: main() held the event loop for {record.args[1]:.2f} s")

logging.getLogger("asyncio").addHandler(SlowCallbackHandler())

# catch the warnings instead of printing them (they come with file paths and a traceback)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # turns on extra checks (e.g. thread safety, slow callback warnings)
    asyncio.run(main(), debug=True)

for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).splitlines()[0]}")
