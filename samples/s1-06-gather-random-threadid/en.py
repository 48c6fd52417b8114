import asyncio
import threading
import time
import random

# seconds since start (the article printed datetime.now().isoformat(), new every run)
start = time.perf_counter()

async def do_async_job() -> int:
    await asyncio.sleep(2)
    print(f'{time.perf_counter() - start:.1f}s', 'thread id', threading.current_thread().ident)
    return random.randint(1, 10)

async def main():
    # one after another: each call sleeps, and nothing switches
    # await do_async_job()
    # await do_async_job()
    # await do_async_job()

    # gather lets the tasks switch asynchronously
    job1 = do_async_job()
    job2 = do_async_job()
    job3 = do_async_job()
    return_values = await asyncio.gather(job1, job2, job3)
    for v in return_values:
        print(f'result => {v}')


asyncio.run(main())
