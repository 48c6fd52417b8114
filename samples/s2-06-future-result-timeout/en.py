import asyncio
import concurrent.futures

async def slow():
    await asyncio.sleep(5)
    return 1

def my_thread(loop):
    future = asyncio.run_coroutine_threadsafe(slow(), loop)
    timeout = 0.5
    try:
        result = future.result(timeout)
    except concurrent.futures.TimeoutError:
        print('The coroutine took too long, cancelling the task...')
        future.cancel()
    print(f'future cancelled: {future.cancelled()}')

async def main():
    loop = asyncio.get_running_loop()
    # the thread blocks in future.result(); the loop must keep running meanwhile, so wait for it with to_thread
    await asyncio.to_thread(my_thread, loop)

asyncio.run(main())
