import asyncio


async def func1(t, exception=0):
    if exception:
        raise Exception("func1")
    await asyncio.sleep(t)
    return t


async def main():
    # with True, even if one task raises an exception, the other tasks are not affected
    tasks = [asyncio.create_task(func1(i, i % 2)) for i in range(1, 4)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results) # [Exception('func1'), 2, Exception('func1')]

    # with False: the article says the others are stopped at once; they are not (see below)
    tasks = [asyncio.create_task(func1(i, i % 2)) for i in range(1, 4)]
    try:
        results = await asyncio.gather(*tasks, return_exceptions=False)
        print(results)
    except Exception as e:
        print(e) # prints only one exception

    # in fact, when gather raises, it neither cancels nor stops the other tasks:
    task2 = tasks[1]
    print("gather raised; task 2 cancelled?", task2.cancelled(), "done?", task2.done())
    print("task 2 kept running and returned", await task2)

asyncio.run(main())
