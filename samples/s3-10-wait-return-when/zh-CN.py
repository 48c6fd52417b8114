import asyncio


async def func1(t, excpetion):
    await asyncio.sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def cancel_pending(tasks):
    # 演示用：取消还没完成的任务，再等它们全部结束。return_exceptions=True 会取回异常，
    # 否则 asyncio 会记录 "Task exception was never retrieved"
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    # ALL_COMPLETED 模式：等待所有任务完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]  # 从 3.11 起 wait() 不接受协程 (TypeError)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    for task in done:  # done 是集合：每次运行的顺序可能不同
        print(task.result() if not task.exception() else task.exception())

    # FIRST_COMPLETED 模式：等待第一个任务完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"done counts {len(done)}") # 1 个任务完成
    print(f"pending counts {len(pending)}") # 2 个未完成
    # 然后可以遍历 done，或者继续等待 pending 中的任务完成
    await cancel_pending(tasks)

    # FIRST_EXCEPTION 模式：等待第一个任务出现异常，或者全部完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"done counts {len(done)}") # 2 个任务完成，包含一个异常
    print(f"pending counts {len(pending)}") # 1 个未完成
    await cancel_pending(tasks)

    # 超时
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED, timeout=2)
    # 原文注释写 2 个完成、1 个未完成。实际上 2 秒的任务和 2 秒的超时几乎同时到期，
    # 而超时的计时器先设置（任务在 wait() 开始等待后才启动），所以超时先触发
    print(f"done counts {len(done)}") # 1 个任务完成
    print(f"pending counts {len(pending)}") # 2 个未完成
    await cancel_pending(tasks)

asyncio.run(main())
