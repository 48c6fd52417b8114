import asyncio


async def func1(t):
    await asyncio.sleep(t)
    return t


async def main():
    corortines = [func1(0.3), func1(0.1), func1(0.2)]
    tasks = [asyncio.create_task(c) for c in corortines]

    # 正确：wait() 返回的是集合，不能用下标（pending[0] 会抛出 TypeError）；
    # 保留传进去的任务，用 in 判断它在不在集合里
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    if tasks[0] in pending:
        print("tasks[0] in pending")
    print(f"done: {next(iter(done)).result()}")  # 集合可以迭代：取出其中一个元素

    # 错误：pending 里放的是任务，永远不会是被包装的协程
    if corortines[0] not in pending:
        print("corortines[0] not in pending")
    # 而且从 3.11 起 wait() 直接拒绝协程
    try:
        await asyncio.wait(corortines, return_when=asyncio.FIRST_COMPLETED)
    except TypeError as e:
        print(f"TypeError: {e}")

asyncio.run(main())
