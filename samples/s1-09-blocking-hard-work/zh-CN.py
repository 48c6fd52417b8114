import asyncio
import threading

from time import perf_counter, sleep


def hard_work():
    print('thread id:', threading.get_ident())
    sleep(3)


async def do_async_job():
    hard_work()
    await asyncio.sleep(1)
    print('job done!')


async def main():
    task1 = asyncio.create_task(do_async_job())
    task2 = asyncio.create_task(do_async_job())
    task3 = asyncio.create_task(do_async_job())
    await asyncio.gather(task1, task2, task3)


if __name__ == '__main__':
    # task1、task2、task3 其实各自花了 3 秒在 sleep 上，
    # 同时也阻塞了其他任务的进行，所以这个示例大约要花 10 秒
    # （3 × 3 秒的阻塞，再加上最后一个任务到第 9 秒才开始的 1 秒 asyncio.sleep）
    start = perf_counter()
    asyncio.run(main())
    print(f"used: {perf_counter() - start:.2f} s")
