import asyncio
import sys
import threading

from time import perf_counter, sleep


def hard_work():
    # 一次写出一整行：print() 会把文本和换行分开写出，在无缓冲的输出（python -u）下，
    # 几个线程同时打印的行可能会混在一起
    sys.stdout.write(f'thread id: {threading.get_ident()}\n')
    sleep(3)


async def do_async_job():
    # 把会阻塞的 hard_work 放到单独的线程上运行：这段时间事件循环不会被阻塞
    await asyncio.to_thread(hard_work)
    await asyncio.sleep(1)
    print('job done!')


async def main():
    task1 = asyncio.create_task(do_async_job())
    task2 = asyncio.create_task(do_async_job())
    task3 = asyncio.create_task(do_async_job())
    await asyncio.gather(task1, task2, task3)


if __name__ == '__main__':
    # 三个 3 秒的 sleep 现在重叠了，各自在自己的线程上（三个不同的 ID），
    # 所以这个示例只需约 4 秒：3 秒的阻塞工作加上 1 秒的 asyncio.sleep
    start = perf_counter()
    asyncio.run(main())
    print(f"used: {perf_counter() - start:.2f} s")
