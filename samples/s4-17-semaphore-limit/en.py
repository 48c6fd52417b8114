import asyncio
import random

async def worker(sem, i):
    async with sem:  # only a holder of the semaphore gets in
        print(f"Worker {i} is working...")
        await asyncio.sleep(random.uniform(0.5, 1.5))
    print(f"Worker {i} finished")

async def main():
    # at most 3 workers run at the same time
    sem = asyncio.Semaphore(3)

    tasks = [worker(sem, i) for i in range(10)]
    await asyncio.gather(*tasks)

asyncio.run(main())
