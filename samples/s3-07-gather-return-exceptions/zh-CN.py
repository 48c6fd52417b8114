import asyncio


async def func1(t, exception=0):
    if exception:
        raise Exception("func1")
    await asyncio.sleep(t)
    return t


async def main():
    # 设置为 True 时，即使其中一个任务出现异常，也不会影响其他任务的执行
    tasks = [asyncio.create_task(func1(i, i % 2)) for i in range(1, 4)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results) # [Exception('func1'), 2, Exception('func1')]

    # 设置为 False 时：原文说会立即终止其他任务的执行，其实不会（见下方）
    tasks = [asyncio.create_task(func1(i, i % 2)) for i in range(1, 4)]
    try:
        results = await asyncio.gather(*tasks, return_exceptions=False)
        print(results)
    except Exception as e:
        print(e) # 只会输出一个异常结果

    # 实际上 gather 抛出异常时，并不会取消或终止其他任务：
    task2 = tasks[1]
    print("gather raised; task 2 cancelled?", task2.cancelled(), "done?", task2.done())
    print("task 2 kept running and returned", await task2)

asyncio.run(main())
