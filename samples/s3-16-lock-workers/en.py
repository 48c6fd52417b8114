import asyncio
from asyncio import sleep, Lock, Semaphore, Condition, Event

data = 0  # the counter both workers add 1 to, as in the race above


async def worker1(lock):
    global data
    print('worker1 start')
    async with lock:
        print('worker1 got lock')
        temp_data = data
        temp_data += 1
        await sleep(1)  # gives way, but keeps the lock: worker2 waits outside
        data = temp_data


async def worker2(lock):
    global data
    print('worker2 start')
    async with lock:
        print('worker2 got lock')
        temp_data = data
        temp_data += 1
        await sleep(1)
        data = temp_data


async def main():
    lock = Lock()
    tasks = [asyncio.create_task(worker1(lock)),
             asyncio.create_task(worker2(lock))]
    await asyncio.gather(*tasks)
    # 2, the right count (without the lock both would read 0 and data would end at 1)
    print(f"after 2 increments: data = {data}")

asyncio.run(main())
