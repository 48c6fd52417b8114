import asyncio


async def func1(t, exception=0):
    if exception:
        raise Exception("func1")
    await asyncio.sleep(t)
    return t


async def main():
    # 設為 True 時，即使其中一個任務發生例外，也不會影響其他任務的執行
    tasks = [asyncio.create_task(func1(i, i % 2)) for i in range(1, 4)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results) # [Exception('func1'), 2, Exception('func1')]

    # 設為 False 時：原文說會立刻終止其他任務的執行，其實不會（見下方）
    tasks = [asyncio.create_task(func1(i, i % 2)) for i in range(1, 4)]
    try:
        results = await asyncio.gather(*tasks, return_exceptions=False)
        print(results)
    except Exception as e:
        print(e) # 只會輸出一個例外結果

    # 實際上 gather 拋出例外時，並不會取消或終止其他任務：
    task2 = tasks[1]
    print("gather raised; task 2 cancelled?", task2.cancelled(), "done?", task2.done())
    print("task 2 kept running and returned", await task2)

asyncio.run(main())
