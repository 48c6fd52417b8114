import asyncio
import random

async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(random.random())
        item = f"Data-{i}"
        await queue.put(item)
        print(f"Produced: {item}")
    for _ in range(2): # every consumer needs its own end signal (there are 2 consumers)
        await queue.put(None) # end signal

async def consumer(queue, id):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break # got the end signal

        print(f"Consumer-{id} got: {item}")
        await asyncio.sleep(0.5)
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    # start 1 producer and 2 consumers
    await asyncio.gather(
        producer(queue, 5),
        consumer(queue, 1),
        consumer(queue, 2)
    )

asyncio.run(main())
