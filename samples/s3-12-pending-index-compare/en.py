import asyncio


async def func1(t):
    await asyncio.sleep(t)
    return t


async def main():
    corortines = [func1(0.3), func1(0.1), func1(0.2)]
    tasks = [asyncio.create_task(c) for c in corortines]

    # right: wait() returns sets, which cannot be indexed (pending[0] raises TypeError);
    # keep the tasks you passed in and test membership with `in`
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    if tasks[0] in pending:
        print("tasks[0] in pending")
    print(f"done: {next(iter(done)).result()}")  # a set can be iterated: take one element

    # wrong: pending holds tasks, never the coroutines they wrap
    if corortines[0] not in pending:
        print("corortines[0] not in pending")
    # and since 3.11 wait() refuses coroutines outright
    try:
        await asyncio.wait(corortines, return_when=asyncio.FIRST_COMPLETED)
    except TypeError as e:
        print(f"TypeError: {e}")

asyncio.run(main())
