import asyncio
import random

async def worker(sem, i):
    async with sem:  # 只有拿到鎖的才能進入
        print(f"Worker {i} is working...")
        await asyncio.sleep(random.uniform(0.5, 1.5))
    print(f"Worker {i} finished")

async def main():
    # 限制同時只能有 3 個 Worker 執行
    sem = asyncio.Semaphore(3)

    tasks = [worker(sem, i) for i in range(10)]
    await asyncio.gather(*tasks)

asyncio.run(main())
