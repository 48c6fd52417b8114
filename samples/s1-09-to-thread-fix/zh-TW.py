import asyncio
import sys
import threading

from time import perf_counter, sleep


def hard_work():
    # 一次寫出一整行：print() 會把文字和換行分開寫出，在無緩衝的輸出（python -u）下，
    # 幾條執行緒同時印出的行可能會混在一起
    sys.stdout.write(f'thread id: {threading.get_ident()}\n')
    sleep(3)


async def do_async_job():
    # 把會阻塞的 hard_work 放到自己的執行緒上執行：這段期間事件迴圈不會被卡住
    await asyncio.to_thread(hard_work)
    await asyncio.sleep(1)
    print('job done!')


async def main():
    task1 = asyncio.create_task(do_async_job())
    task2 = asyncio.create_task(do_async_job())
    task3 = asyncio.create_task(do_async_job())
    await asyncio.gather(task1, task2, task3)


if __name__ == '__main__':
    # 三個 3 秒的 sleep 現在重疊了，各自在自己的執行緒上（三個不同的 ID），
    # 所以這個範例只花約 4 秒：3 秒的阻塞工作加上 1 秒的 asyncio.sleep
    start = perf_counter()
    asyncio.run(main())
    print(f"used: {perf_counter() - start:.2f} s")
