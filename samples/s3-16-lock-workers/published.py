import asyncio
from asyncio import sleep, Lock, Semaphore, Condition, Event


async def worker1(lock):
    print('worker1 start')
    async with lock:
        print('worker1 got lock')
        await sleep(1)


async def worker2(lock):
    print('worker2 start')
    async with lock:
        print('worker2 got lock')
        await sleep(1)


async def main():
    lock = Lock()
    tasks = [asyncio.create_task(worker1(lock)),
             asyncio.create_task(worker2(lock))]
    await asyncio.gather(*tasks)

asyncio.run(main())
