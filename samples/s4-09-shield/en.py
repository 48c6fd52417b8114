import asyncio

async def important_task():
    await asyncio.sleep(1) # writing a log, say
    print("important_task: log written")

async def main():
    # for the demo: cancel main() after 0.5 s (instead of pressing Ctrl+C)
    asyncio.get_running_loop().call_later(0.5, asyncio.current_task().cancel)
    inner = asyncio.create_task(important_task()) # keep a reference to the inner task
    try:
        # if main() is cancelled, important_task keeps running
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("Main task cancelled, but shield protected the inner task")
        # asyncio.run() cancels leftover tasks once main() ends: wait for this one
        await inner
        raise # then pass the cancellation on instead of swallowing it

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("main() was cancelled")
