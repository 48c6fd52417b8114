import asyncio
from asyncio import Queue


async def consumer(queue: Queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(2)
        print(f'Consumer get {item}')
        queue.task_done()  # 由消费者在处理完每个元素后通知队列


async def producer(queue: Queue):
    for i in range(10):
        await queue.put(i)
        print(f'Producer put {i}')
        await asyncio.sleep(1)


async def main():
    queue = Queue(2)
    consumer_task = asyncio.create_task(consumer(queue))
    producer_task = asyncio.create_task(producer(queue))
    await producer_task  # 所有元素都已放进队列
    await queue.join()  # 所有元素都已处理完：每个元素都调用过一次 task_done()
    consumer_task.cancel()  # 消费者是个无限循环，还在等下一个元素：取消它


asyncio.run(main())
