import asyncio
import functools

async def main():
    loop = asyncio.get_running_loop()
    # will schedule "print("Hello", flush=True)"
    loop.call_soon(
        functools.partial(print, "Hello", flush=True))
    await asyncio.sleep(0) # give the loop one turn to run the callback

asyncio.run(main())
