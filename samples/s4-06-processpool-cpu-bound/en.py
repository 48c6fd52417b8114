import asyncio
from concurrent.futures import ProcessPoolExecutor

def cpu_bound_task(n):
    # simulates a time-consuming CPU computation
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()

    # use ProcessPoolExecutor to get around the GIL
    with ProcessPoolExecutor() as pool:
        # hand the computation to another process
        result = await loop.run_in_executor(pool, cpu_bound_task, 10**7)
        print(f"Result: {result}")

if __name__ == "__main__":
    asyncio.run(main())
