import asyncio


async def func1(t):
    await asyncio.sleep(t)
    return t


async def main():
    # 从 3.11 起 asyncio.wait() 只接受任务（传入协程会抛出 TypeError），所以先用 create_task 包装
    tasks = [asyncio.create_task(func1(t)) for t in (3, 1, 2)]
    pending = tasks  # 不是 [tasks]：那是列表里套列表，wait() 会抛出 TypeError
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            print(await task)

asyncio.run(main())
