import asyncio

async def fetch_data(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print(f"fetch_data({n}) cancelled")
        raise # 被取消時要把 CancelledError 再拋出去
    if n == 1:
        raise ValueError("boom") # 第 1 個任務在 1 秒時失敗
    return f"data{n}"

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch_data(1))
            t2 = tg.create_task(fetch_data(2)) # 還沒做完就會被 TaskGroup 取消
        print(f"Finished: {t1.result()}, {t2.result()}") # 不會執行到這一行
    except* ValueError as group:
        # 錯誤被包成 ExceptionGroup 一起拋出：except ValueError 接不到，要用 except*
        print(f"TaskGroup raised: {group.message}")
        for error in group.exceptions:
            print(f"  {type(error).__name__}: {error}")

asyncio.run(main())
