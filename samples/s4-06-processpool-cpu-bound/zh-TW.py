import asyncio
from concurrent.futures import ProcessPoolExecutor

def cpu_bound_task(n):
    # 模擬耗時的 CPU 計算
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()

    # 使用 ProcessPoolExecutor 避開 GIL
    with ProcessPoolExecutor() as pool:
        # 將計算任務丟到另一個行程跑
        result = await loop.run_in_executor(pool, cpu_bound_task, 10**7)
        print(f"Result: {result}")

if __name__ == "__main__":
    asyncio.run(main())
