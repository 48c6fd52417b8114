import asyncio

async def important_task():
    await asyncio.sleep(1) # 例如写入 Log
    print("important_task: log written")

async def main():
    # 演示用：0.5 秒后取消 main()（代替按 Ctrl+C）
    asyncio.get_running_loop().call_later(0.5, asyncio.current_task().cancel)
    inner = asyncio.create_task(important_task()) # 要保留内部 Task 的引用
    try:
        # 如果 main() 被取消，important_task 依然会继续执行
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("Main task cancelled, but shield protected the inner task")
        # 但 main() 一结束，asyncio.run() 就会取消剩下的任务：先等它真正完成
        await inner
        raise # 再把取消向外抛出，不要吞掉它

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("main() was cancelled")
