import asyncio


async def func1():
    print(1)


async def func2():
    print(2)


async def func3():
    print(3)


async def main():
    corortine2 = func2()
    task3 = asyncio.create_task(func3())
    # first way: await a call to an async def function
    await func1()
    # second way: await a coroutine object
    await corortine2
    # third way: await a task
    await task3

asyncio.run(main())
