import asyncio


async def func1(t, excpetion):
    await asyncio.sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def cancel_pending(tasks):
    # 示範用：取消還沒完成的任務，再等它們全部結束。return_exceptions=True 會取回例外，
    # 否則 asyncio 會記錄 "Task exception was never retrieved"
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    # ALL_COMPLETED 模式：等待所有任務完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]  # 從 3.11 起 wait() 不接受協程 (TypeError)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    for task in done:  # done 是集合：每次執行的順序可能不同
        print(task.result() if not task.exception() else task.exception())

    # FIRST_COMPLETED 模式：等待第一個任務完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"done counts {len(done)}") # 1 個任務完成
    print(f"pending counts {len(pending)}") # 2 個未完成
    # 接著可以走訪 done，或繼續等待 pending 中的任務完成
    await cancel_pending(tasks)

    # FIRST_EXCEPTION 模式：等待第一個任務發生例外，或全部完成
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"done counts {len(done)}") # 2 個任務完成，包含一個例外
    print(f"pending counts {len(pending)}") # 1 個未完成
    await cancel_pending(tasks)

    # 逾時
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED, timeout=2)
    # 原文註解寫 2 個完成、1 個未完成。實際上 2 秒的任務和 2 秒的逾時幾乎同時到期，
    # 而逾時的計時器先設定（任務在 wait() 開始等待後才啟動），所以逾時先觸發
    print(f"done counts {len(done)}") # 1 個任務完成
    print(f"pending counts {len(pending)}") # 2 個未完成
    await cancel_pending(tasks)

asyncio.run(main())
