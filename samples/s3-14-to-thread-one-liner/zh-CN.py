import asyncio
from time import perf_counter, sleep


def func1(t, excpetion):
    sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def main():
    start = perf_counter()
    # to_thread 在事件循环默认的线程池里运行 func1；参数直接传入，不需要 partial
    tasks = [asyncio.to_thread(func1, i, 0) for i in range(1, 5)]
    results = await asyncio.gather(*tasks)
    print(results)
    # 和 run_in_executor 一样，四个调用同时运行：约 4 秒，而不是 10 秒
    print(f"used: {perf_counter() - start:.2f} s")

asyncio.run(main())
