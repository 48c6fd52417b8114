import asyncio

async def fetch_data(n):
    await asyncio.sleep(0.1 * n)
    return f"data{n}"

async def main():
    async with asyncio.TaskGroup() as tg:
        # create the tasks with tg.create_task
        t1 = tg.create_task(fetch_data(1))
        t2 = tg.create_task(fetch_data(2))
        # leaving the async with block waits for every task to finish

    # the results are safe to read here
    print(f"Finished: {t1.result()}, {t2.result()}")

asyncio.run(main())
