import time
import asyncio

def sync_sleep():
    time.sleep(1) # 阻塞 1 秒

async def async_sleep():
    await asyncio.sleep(1) # 交出控制权 1 秒

def run_sync():
    start = time.time()
    for _ in range(3):
        sync_sleep() # 一共阻塞 3 次
    print(f"Sync Total: {time.time() - start:.2f}s") # 约 3.0s

async def run_async():
    start = time.time()
    # 并发执行 3 个任务
    await asyncio.gather(async_sleep(), async_sleep(), async_sleep())
    print(f"Async Total: {time.time() - start:.2f}s") # 约 1.0s

if __name__ == "__main__":
    run_sync()
    asyncio.run(run_async())
