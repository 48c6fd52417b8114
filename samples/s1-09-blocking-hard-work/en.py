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
    # task1, task2 and task3 each spend 3 s in sleep,
    # blocking every other task meanwhile, so this sample takes about 10 s
    # (3 × 3 s of blocking, plus the last task's 1 s asyncio.sleep, which starts only at 9 s)
    start = perf_counter()
    asyncio.run(main())
    print(f"used: {perf_counter() - start:.2f} s")
