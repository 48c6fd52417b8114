import asyncio
import concurrent.futures
import time

def blocking_io():
    # this is a synchronous, blocking call
    # demo stand-in for requests.get: time.sleep(1) blocks the thread just the same
    time.sleep(1)
    return 200

async def ticker():
    # the event loop is not blocked: this task still prints a line every 0.2 s
    for i in range(1, 5):
        await asyncio.sleep(0.2)
        print(f"Tick {i}: the event loop is still running")

async def main():
    loop = asyncio.get_running_loop()
    ticks = asyncio.create_task(ticker())

    # create a ThreadPool (asyncio also manages a default one)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        # the first argument is usually the pool
        result = await loop.run_in_executor(pool, blocking_io)
        print(f"Status Code: {result}")
    await ticks

asyncio.run(main())
