import time
import asyncio

def sync_sleep():
    time.sleep(1) # blocks for 1 second

async def async_sleep():
    await asyncio.sleep(1) # yields control for 1 second

def run_sync():
    start = time.time()
    for _ in range(3):
        sync_sleep() # blocks three times in a row
    print(f"Sync Total: {time.time() - start:.2f}s") # about 3.0s

async def run_async():
    start = time.time()
    # run the three tasks concurrently
    await asyncio.gather(async_sleep(), async_sleep(), async_sleep())
    print(f"Async Total: {time.time() - start:.2f}s") # about 1.0s

if __name__ == "__main__":
    run_sync()
    asyncio.run(run_async())
