import asyncio
import random

async def worker(sem, i):
    async with sem:  # 只有拿到锁的才能进入
        print(f"Worker {i} is working...")
        await asyncio.sleep(random.uniform(0.5, 1.5))
    print(f"Worker {i} finished")

async def main():
    # 限制同时只能有 3 个 Worker 运行
    sem = asyncio.Semaphore(3)

    tasks = [worker(sem, i) for i in range(10)]
    await asyncio.gather(*tasks)

asyncio.run(main())
