import asyncio


async def func1(t):
    await asyncio.sleep(t)
    return t


async def main():
    tasks = [asyncio.create_task(func1(i)) for i in range(1, 4)]
    results = await asyncio.gather(*tasks)
    print(results)
    # 输出 [1, 2, 3]

asyncio.run(main())
