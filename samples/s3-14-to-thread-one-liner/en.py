import asyncio
from time import perf_counter, sleep


def func1(t, excpetion):
    sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def main():
    start = perf_counter()
    # to_thread runs func1 on the loop's default thread pool; the arguments go straight in, no partial
    tasks = [asyncio.to_thread(func1, i, 0) for i in range(1, 5)]
    results = await asyncio.gather(*tasks)
    print(results)
    # the four calls overlap, as with run_in_executor: about 4 s, not 10
    print(f"used: {perf_counter() - start:.2f} s")

asyncio.run(main())
