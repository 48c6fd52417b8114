import asyncio


async def func1():
    raise Exception("func1")
    print("func1")  # 永远不会执行：上一行的 raise 已经结束了这个函数


async def main():
    task1 = asyncio.create_task(func1())
    try:
        await task1
    except Exception as e:
        print(e)
    finally:
        print("finally")


asyncio.run(main())
