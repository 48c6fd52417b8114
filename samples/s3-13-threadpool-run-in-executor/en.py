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
    # one after another the four calls would take 1+2+3+4 = 10 s; on four threads they overlap: about 4 s
    print(f"used: {perf_counter() - start:.2f} s")

asyncio.run(main())
