import asyncio


async def func1():
    await asyncio.sleep(2)
    print("func1")


async def main():
    # cancel() only requests cancellation; awaiting the task re-raises its CancelledError
    task1 = asyncio.create_task(func1())
    task1.cancel()
    try:
        await task1
    except asyncio.CancelledError:
        print("task1 is cancelled")

    # when the wait_for timeout expires, the task is cancelled automatically
    task2 = asyncio.create_task(func1())
    try:
        await asyncio.wait_for(task2, timeout=1)
    except asyncio.TimeoutError:
        print("task2 is timeout")

    # shield protects the task from being cancelled
    task3 = asyncio.create_task(func1())
    try:
        await asyncio.wait_for(asyncio.shield(task3), timeout=1)
    except asyncio.TimeoutError:
        print("task3 is timeout")
    await task3


asyncio.run(main())
