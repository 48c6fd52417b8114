import asyncio


async def func1(t):
    await asyncio.sleep(t)
    return t


async def main():
    # 從 3.11 起 asyncio.wait() 只接受任務（傳入協程會拋出 TypeError），所以先用 create_task 包起來
    tasks = [asyncio.create_task(func1(t)) for t in (3, 1, 2)]
    pending = tasks  # 不是 [tasks]：那是串列裡再包一層串列，wait() 會拋出 TypeError
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            print(await task)

asyncio.run(main())
