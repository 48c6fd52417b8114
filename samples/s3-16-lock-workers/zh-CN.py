import asyncio
from asyncio import sleep, Lock, Semaphore, Condition, Event

data = 0  # 两个 worker 都要加 1 的计数器，和上面竞态的例子一样


async def worker1(lock):
    global data
    print('worker1 start')
    async with lock:
        print('worker1 got lock')
        temp_data = data
        temp_data += 1
        await sleep(1)  # 放权，但锁还在手里：worker2 只能在外面等
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
    # 结果是正确的 2（没有锁的话，两个都会读到 0，data 最后是 1）
    print(f"after 2 increments: data = {data}")

asyncio.run(main())
