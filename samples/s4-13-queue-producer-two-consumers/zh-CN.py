import asyncio
import random

async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(random.random())
        item = f"Data-{i}"
        await queue.put(item)
        print(f"Produced: {item}")
    for _ in range(2): # 每个消费者都要收到一个结束信号 (这里有 2 个消费者)
        await queue.put(None) # 结束信号

async def consumer(queue, id):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break # 收到结束信号

        print(f"Consumer-{id} got: {item}")
        await asyncio.sleep(0.5)
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    # 启动 1 个生产者、2 个消费者
    await asyncio.gather(
        producer(queue, 5),
        consumer(queue, 1),
        consumer(queue, 2)
    )

asyncio.run(main())
