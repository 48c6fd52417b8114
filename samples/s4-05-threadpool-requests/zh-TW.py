import asyncio
import concurrent.futures
import time

def blocking_io():
    # 這是同步的 Blocking Call
    # 示範用：以 time.sleep(1) 代替 requests.get，一樣會卡住所在的執行緒 1 秒
    time.sleep(1)
    return 200

async def ticker():
    # 事件迴圈沒有被卡住：這個任務照樣每 0.2 秒印一行
    for i in range(1, 5):
        await asyncio.sleep(0.2)
        print(f"Tick {i}: the event loop is still running")

async def main():
    loop = asyncio.get_running_loop()
    ticks = asyncio.create_task(ticker())

    # 建立 ThreadPool (預設也會由 asyncio 管理)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        # 第一個參數通常是 pool
        result = await loop.run_in_executor(pool, blocking_io)
        print(f"Status Code: {result}")
    await ticks

asyncio.run(main())
