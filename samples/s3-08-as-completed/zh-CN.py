import asyncio


async def func1(t):
    await asyncio.sleep(t)
    return t


async def main():
    tasks = [func1(3), func1(1), func1(2)]
    # as_completed() 直接接受列表，不需要用 * 解包
    for task in asyncio.as_completed(tasks):
        res = await task
        print(res)

asyncio.run(main())
