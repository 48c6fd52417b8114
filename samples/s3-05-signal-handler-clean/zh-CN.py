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


# 原文说要自己新建事件循环，而不是用 asyncio.run()（它会自动取消所有任务）
loop = asyncio.new_event_loop()

# 设置信号的回调函数
# loop.add_signal_handler(signal.SIGINT, shutdown)  # 这种写法要求 shutdown 是普通函数
# 如果回调函数是 async def
loop.add_signal_handler(signal.SIGINT, lambda: asyncio.create_task(shutdown()))


# 等待所有任务结束
async def clean(loop):
    # 原文写成 asyncio.all_task（AttributeError）；而且 all_tasks() 包括正在运行 clean() 的任务，
    # 不排除它的话，wait_for 会在超时后把 clean() 自己取消掉
    others = asyncio.all_tasks(loop) - {asyncio.current_task()}
    waiters = [asyncio.wait_for(t, 1) for t in others]
    for task in waiters:
        try:
            await task
        except asyncio.TimeoutError:
            ...


# 演示用：一个很快完成的任务，一个要运行很久的任务
loop.create_task(job("quick job", 1))
loop.create_task(job("slow job", 10))
# 演示用：0.5 秒后向自己发送 SIGINT（代替按 Ctrl+C；仅限 Unix）
loop.call_later(0.5, os.kill, os.getpid(), signal.SIGINT)
loop.run_forever()
loop.close()
print("loop closed")
