import asyncio
from asyncio import sleep, Lock, Semaphore, Condition, Event

data = 0  # 兩個 worker 都要加 1 的計數器，和上面競爭條件的例子一樣


async def worker1(lock):
    global data
    print('worker1 start')
    async with lock:
        print('worker1 got lock')
        temp_data = data
        temp_data += 1
        await sleep(1)  # 讓出執行權，但鎖還在手上：worker2 只能在外面等
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
    # 結果是正確的 2（沒有鎖的話，兩個都會讀到 0，data 最後是 1）
    print(f"after 2 increments: data = {data}")

asyncio.run(main())
