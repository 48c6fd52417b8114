import time
import asyncio

def sync_sleep():
    time.sleep(1) # 卡住 1 秒

async def async_sleep():
    await asyncio.sleep(1) # 讓出控制權 1 秒

def run_sync():
    start = time.time()
    for _ in range(3):
        sync_sleep() # 總共卡 3 次
    print(f"Sync Total: {time.time() - start:.2f}s") # 約 3.0s

async def run_async():
    start = time.time()
    # 同時並行執行 3 個任務
    await asyncio.gather(async_sleep(), async_sleep(), async_sleep())
    print(f"Async Total: {time.time() - start:.2f}s") # 約 1.0s

if __name__ == "__main__":
    run_sync()
    asyncio.run(run_async())
