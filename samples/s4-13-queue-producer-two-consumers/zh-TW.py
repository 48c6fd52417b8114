import asyncio
import random

async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(random.random())
        item = f"Data-{i}"
        await queue.put(item)
        print(f"Produced: {item}")
    for _ in range(2): # 每個消費者都要收到一個結束信號 (這裡有 2 個消費者)
        await queue.put(None) # 結束信號

async def consumer(queue, id):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break # 收到結束信號

        print(f"Consumer-{id} got: {item}")
        await asyncio.sleep(0.5)
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    # 啟動 1 個生產者、2 個消費者
    await asyncio.gather(
        producer(queue, 5),
        consumer(queue, 1),
        consumer(queue, 2)
    )

asyncio.run(main())
