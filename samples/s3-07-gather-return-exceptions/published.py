import asyncio


async def func1(t, exception=0):
    if exception:
        raise Exception("func1")
    await asyncio.sleep(t)
    return t


async def main():
    # 当设置为True时,即使其中一个任务出现异常,也不会影响其他任务的执行
    tasks = [asyncio.create_task(func1(i, i % 2)) for i in range(1, 4)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results) # [Exception('func1'), 2, Exception('func1')]

    # 当设置为False时,如果其中一个任务出现异常,会立即终止其他任务的执行
    tasks = [asyncio.create_task(func1(i, i % 2)) for i in range(1, 4)]
    try:
        results = await asyncio.gather(*tasks, return_exceptions=False)
        print(results)
    except Exception as e:
        print(e) # 只会输出一个异常结果

asyncio.run(main())
