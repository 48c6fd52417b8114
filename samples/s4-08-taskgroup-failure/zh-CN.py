import asyncio

async def fetch_data(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print(f"fetch_data({n}) cancelled")
        raise # 被取消时要把 CancelledError 重新抛出
    if n == 1:
        raise ValueError("boom") # 第 1 个任务在 1 秒时失败
    return f"data{n}"

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch_data(1))
            t2 = tg.create_task(fetch_data(2)) # 还没完成就会被 TaskGroup 取消
        print(f"Finished: {t1.result()}, {t2.result()}") # 不会执行到这一行
    except* ValueError as group:
        # 错误被包装成 ExceptionGroup 一起抛出：except ValueError 捕获不到，要用 except*
        print(f"TaskGroup raised: {group.message}")
        for error in group.exceptions:
            print(f"  {type(error).__name__}: {error}")

asyncio.run(main())
