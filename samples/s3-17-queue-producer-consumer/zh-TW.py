import asyncio
from asyncio import Queue


async def consumer(queue: Queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(2)
        print(f'Consumer get {item}')
        queue.task_done()  # 由消費者在處理完每個元素後通知佇列


async def producer(queue: Queue):
    for i in range(10):
        await queue.put(i)
        print(f'Producer put {i}')
        await asyncio.sleep(1)


async def main():
    queue = Queue(2)
    consumer_task = asyncio.create_task(consumer(queue))
    producer_task = asyncio.create_task(producer(queue))
    await producer_task  # 所有元素都已放進佇列
    await queue.join()  # 所有元素都已處理完：每個元素都呼叫過一次 task_done()
    consumer_task.cancel()  # 消費者是個無窮迴圈，還在等下一個元素：取消它


asyncio.run(main())
