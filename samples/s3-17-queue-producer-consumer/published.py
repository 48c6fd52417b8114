import asyncio
from asyncio import Queue


async def consumer(queue: Queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(2)
        print(f'Consumer get {item}')


async def producer(queue: Queue):
    for i in range(10):
        await queue.put(i)
        print(f'Producer put {i}')
        await asyncio.sleep(1)
        queue.task_done()


async def main():
    queue = Queue(2)
    consumer_task = asyncio.create_task(consumer(queue))
    producer_task = asyncio.create_task(producer(queue))
    await asyncio.gather(consumer_task, producer_task, queue.join())


asyncio.run(main())
