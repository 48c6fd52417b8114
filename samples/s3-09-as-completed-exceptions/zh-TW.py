import asyncio


async def func1(t, excpetion):
    await asyncio.sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def main():
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    for task in asyncio.as_completed(tasks):
        try:
            print(await task)
        except Exception as e:
            print(e)

asyncio.run(main())
