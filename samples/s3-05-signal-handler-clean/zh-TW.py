import asyncio
import os
import signal


async def job(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def shutdown():
    print("SIGINT received: waiting for the tasks (up to 1 s each)")
    await clean(asyncio.get_running_loop())
    print("clean() done: stopping the loop")
    asyncio.get_running_loop().stop()


# 原文說要自己建立新的事件迴圈，而不是用 asyncio.run()（它會自動取消所有任務）
loop = asyncio.new_event_loop()

# 設定訊號的回呼函式
# loop.add_signal_handler(signal.SIGINT, shutdown)  # 這種寫法要求 shutdown 是一般函式
# 如果回呼函式是 async def
loop.add_signal_handler(signal.SIGINT, lambda: asyncio.create_task(shutdown()))


# 等待所有任務結束
async def clean(loop):
    # 原文寫成 asyncio.all_task（AttributeError）；而且 all_tasks() 包含正在執行 clean() 的任務，
    # 不排除它的話，wait_for 會在逾時後把 clean() 自己取消掉
    others = asyncio.all_tasks(loop) - {asyncio.current_task()}
    waiters = [asyncio.wait_for(t, 1) for t in others]
    for task in waiters:
        try:
            await task
        except asyncio.TimeoutError:
            ...


# 示範用：一個很快就完成的任務，一個要執行很久的任務
loop.create_task(job("quick job", 1))
loop.create_task(job("slow job", 10))
# 示範用：0.5 秒後向自己送出 SIGINT（代替按 Ctrl+C；僅限 Unix）
loop.call_later(0.5, os.kill, os.getpid(), signal.SIGINT)
loop.run_forever()
loop.close()
print("loop closed")
