import asyncio


async def func1():
    await asyncio.sleep(2)
    print("func1")


async def main():
    # cancel() 只是请求取消；await 任务时，会重新抛出它的 CancelledError
    task1 = asyncio.create_task(func1())
    task1.cancel()
    try:
        await task1
    except asyncio.CancelledError:
        print("task1 is cancelled")

    # wait_for 设置的超时一到，就会自动取消任务
    task2 = asyncio.create_task(func1())
    try:
        await asyncio.wait_for(task2, timeout=1)
    except asyncio.TimeoutError:
        print("task2 is timeout")

    # shield 保护任务不被取消
    task3 = asyncio.create_task(func1())
    try:
        await asyncio.wait_for(asyncio.shield(task3), timeout=1)
    except asyncio.TimeoutError:
        print("task3 is timeout")
    await task3


asyncio.run(main())
