import asyncio
import concurrent.futures
import time

def blocking_io():
    # 这是同步的 Blocking Call
    # 演示用：用 time.sleep(1) 代替 requests.get，同样会把所在的线程阻塞 1 秒
    time.sleep(1)
    return 200

async def ticker():
    # 事件循环没有被阻塞：这个任务照样每 0.2 秒打印一行
    for i in range(1, 5):
        await asyncio.sleep(0.2)
        print(f"Tick {i}: the event loop is still running")

async def main():
    loop = asyncio.get_running_loop()
    ticks = asyncio.create_task(ticker())

    # 创建 ThreadPool (默认也会由 asyncio 管理)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        # 第一个参数通常是 pool
        result = await loop.run_in_executor(pool, blocking_io)
        print(f"Status Code: {result}")
    await ticks

asyncio.run(main())
