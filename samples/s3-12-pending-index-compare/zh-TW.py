import asyncio


async def func1(t):
    await asyncio.sleep(t)
    return t


async def main():
    corortines = [func1(0.3), func1(0.1), func1(0.2)]
    tasks = [asyncio.create_task(c) for c in corortines]

    # 正確：wait() 回傳的是集合，不能用索引取值（pending[0] 會拋出 TypeError）；
    # 留住傳進去的任務，用 in 檢查它在不在集合裡
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    if tasks[0] in pending:
        print("tasks[0] in pending")
    print(f"done: {next(iter(done)).result()}")  # 集合可以迭代：取出其中一個元素

    # 錯誤：pending 裡放的是任務，永遠不會是被包起來的協程
    if corortines[0] not in pending:
        print("corortines[0] not in pending")
    # 而且從 3.11 起 wait() 直接拒絕協程
    try:
        await asyncio.wait(corortines, return_when=asyncio.FIRST_COMPLETED)
    except TypeError as e:
        print(f"TypeError: {e}")

asyncio.run(main())
