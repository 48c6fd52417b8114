import asyncio


async def func1(t, excpetion):
    await asyncio.sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def main():
    # ALL_COMPLETED模式,等待所有任务完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    for task in done:
        print(task.result() if not task.exception() else task.exception())

    # FIRST_COMPLETED模式,等待第一个任务完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"done counts {len(done)}") # 1个任务完成
    print(f"pending counts {len(pending)}") # 2个未完成
    # 然后可以遍历done,或者继续等待pending中的任务完成

    # FIRST_EXCEPTION模式,等待第一个任务出现异常或全部完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"done counts {len(done)}") # 2个任务完成,包含一个异常
    print(f"pending counts {len(pending)}") # 1个未完成

    # 超时
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED, timeout=2)
    print(f"done counts {len(done)}") # 2个任务完成,包含一个异常
    print(f"pending counts {len(pending)}") # 1个未完成

asyncio.run(main())
