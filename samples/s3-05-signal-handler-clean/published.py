# 设置信号量回调函数
loop.add_signal_handler(signal.SIGINT, shutdown)
# 若回调函数是async def
loop.add_signal_handler(signal.SIGINT, lambda: asyncio.create_task(shutdown()))


# 等待所有任务结束
async def clean(loop):
    waiters = [asyncio.wait_for(t, 1) for t in asyncio.all_task (loop)]
    for task in waiters:
        try:
            await task
        except asyncio.TimeoutError:
            ...
