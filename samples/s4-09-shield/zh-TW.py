import asyncio

async def important_task():
    await asyncio.sleep(1) # 例如寫入 Log
    print("important_task: log written")

async def main():
    # 示範用：0.5 秒後取消 main()（代替按 Ctrl+C）
    asyncio.get_running_loop().call_later(0.5, asyncio.current_task().cancel)
    inner = asyncio.create_task(important_task()) # 要保留內部 Task 的參照
    try:
        # 如果 main() 被取消，important_task 依然會繼續執行
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("Main task cancelled, but shield protected the inner task")
        # 但 main() 一結束，asyncio.run() 就會取消剩下的任務：先等它真的做完
        await inner
        raise # 再把取消往外拋，不要吞掉它

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("main() was cancelled")
