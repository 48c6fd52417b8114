import asyncio
from asyncio import Queue


async def consumer(queue: Queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(2)
        print(f'Consumer get {item}')
        queue.task_done()  # the consumer reports each item it has finished with


async def producer(queue: Queue):
    for i in range(10):
        await queue.put(i)
        print(f'Producer put {i}')
        await asyncio.sleep(1)


async def main():
    queue = Queue(2)
    consumer_task = asyncio.create_task(consumer(queue))
    producer_task = asyncio.create_task(producer(queue))
    await producer_task  # every item is in the queue
    await queue.join()  # every item is processed: task_done() was called once per item
    consumer_task.cancel()  # the consumer loops for ever, waiting for more: cancel it


asyncio.run(main())
