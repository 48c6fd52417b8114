import asyncio
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
from functools import partial
from time import perf_counter, sleep


def func1(t, excpetion):
    sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def main():
    loop = asyncio.get_running_loop()
    start = perf_counter()
    with ThreadPoolExecutor() as pool:
        tasks = [
            loop.run_in_executor(pool, partial(func1, i, 0)) for i in range(1, 5)
        ]
        results = await asyncio.gather(*tasks)
        print(results)
    # 四个调用依次执行要 1+2+3+4 = 10 秒；在四个线程里同时运行，只需约 4 秒
    print(f"used: {perf_counter() - start:.2f} s")

asyncio.run(main())
