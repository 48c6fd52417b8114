import asyncio
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
from functools import partial
from time import sleep


def func1(t, excpetion):
    sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor() as pool:
        tasks = [
            loop.run_in_executor(pool, partial(func1, i, 0)) for i in range(1, 5)
        ]
        results = await asyncio.gather(*tasks)
        print(results)

asyncio.run(main())
