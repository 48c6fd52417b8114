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
    # 第一种方法：直接 await 调用 async def 函数
    await func1()
    # 第二种方法：直接 await 协程对象
    await corortine2
    # 第三种方法：await 任务
    await task3

asyncio.run(main())
