import asyncio
import threading
import time
import random

# 原文打印 datetime.now().isoformat()，每次运行都不同：这里改为打印从开始算起的秒数
start = time.perf_counter()

async def do_async_job() -> int:
    await asyncio.sleep(2)
    print(f'{time.perf_counter() - start:.1f}s', 'thread id', threading.current_thread().ident)
    return random.randint(1, 10)

async def main():
    # 按顺序进行，每次都会 sleep，没有切换任务
    # await do_async_job()
    # await do_async_job()
    # await do_async_job()

    # 使用 gather，让 task 可以异步切换
    job1 = do_async_job()
    job2 = do_async_job()
    job3 = do_async_job()
    return_values = await asyncio.gather(job1, job2, job3)
    for v in return_values:
        print(f'result => {v}')


asyncio.run(main())
