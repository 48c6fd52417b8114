import asyncio
from concurrent.futures import ProcessPoolExecutor

def cpu_bound_task(n):
    # 模拟耗时的 CPU 计算
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()

    # 使用 ProcessPoolExecutor 绕开 GIL
    with ProcessPoolExecutor() as pool:
        # 把计算任务交给另一个进程运行
        result = await loop.run_in_executor(pool, cpu_bound_task, 10**7)
        print(f"Result: {result}")

if __name__ == "__main__":
    asyncio.run(main())
