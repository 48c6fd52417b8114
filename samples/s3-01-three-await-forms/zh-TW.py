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
    # 第一種方法：直接 await 呼叫 async def 函式
    await func1()
    # 第二種方法：直接 await 協程物件
    await corortine2
    # 第三種方法：await 任務
    await task3

asyncio.run(main())
