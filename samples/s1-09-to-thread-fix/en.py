import asyncio
import sys
import threading

from time import perf_counter, sleep


def hard_work():
    # one write per line: print() writes the text and the line end separately, so with
    # unbuffered output (python -u) lines printed by several threads at once can get mixed up
    sys.stdout.write(f'thread id: {threading.get_ident()}\n')
    sleep(3)


async def do_async_job():
    # run the blocking hard_work in a thread of its own: the event loop stays free meanwhile
    await asyncio.to_thread(hard_work)
    await asyncio.sleep(1)
    print('job done!')


async def main():
    task1 = asyncio.create_task(do_async_job())
    task2 = asyncio.create_task(do_async_job())
    task3 = asyncio.create_task(do_async_job())
    await asyncio.gather(task1, task2, task3)


if __name__ == '__main__':
    # the three 3 s sleeps now overlap, each in its own thread (three different ids),
    # so this sample takes about 4 s: 3 s of blocking work plus the 1 s asyncio.sleep
    start = perf_counter()
    asyncio.run(main())
    print(f"used: {perf_counter() - start:.2f} s")
