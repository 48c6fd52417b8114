import asyncio
from time import perf_counter, sleep


def func1(t, excpetion):
    sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def main():
    start = perf_counter()
    # to_thread 在事件迴圈預設的執行緒池裡執行 func1；參數直接傳進去，不需要 partial
    tasks = [asyncio.to_thread(func1, i, 0) for i in range(1, 5)]
    results = await asyncio.gather(*tasks)
    print(results)
    # 和 run_in_executor 一樣，四個呼叫同時執行：大約 4 秒，而不是 10 秒
    print(f"used: {perf_counter() - start:.2f} s")

asyncio.run(main())
