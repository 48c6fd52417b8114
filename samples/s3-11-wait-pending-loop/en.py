import asyncio


async def func1(t):
    await asyncio.sleep(t)
    return t


async def main():
    # since 3.11 asyncio.wait() takes tasks only (coroutines raise TypeError): wrap them first
    tasks = [asyncio.create_task(func1(t)) for t in (3, 1, 2)]
    pending = tasks  # not [tasks]: a list inside a list makes wait() raise TypeError
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            print(await task)

asyncio.run(main())
