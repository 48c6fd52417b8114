import asyncio

async def my_coro():
    await asyncio.sleep(0.1)
    return "my_coro result"

async def main():
    # scheduled as soon as it is created
    task = asyncio.create_task(my_coro())
    await task # wait for the result
    print(task.result())

asyncio.run(main())
