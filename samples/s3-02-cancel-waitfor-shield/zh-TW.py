import asyncio


async def func1():
    await asyncio.sleep(2)
    print("func1")


async def main():
    # cancel() 取消任務後，取消的例外只會在 await 時拋出
    task1 = asyncio.create_task(func1())
    task1.cancel()
    try:
        await task1
    except asyncio.CancelledError:
        print("task1 is cancelled")

    # wait_for 設定的逾時一到，就會自動取消任務
    task2 = asyncio.create_task(func1())
    try:
        await asyncio.wait_for(task2, timeout=1)
    except asyncio.TimeoutError:
        print("task2 is timeout")

    # shield 保護任務不被取消
    task3 = asyncio.create_task(func1())
    try:
        await asyncio.wait_for(asyncio.shield(task3), timeout=1)
    except asyncio.TimeoutError:
        print("task3 is timeout")
    await task3


asyncio.run(main())
