import asyncio

async def fetch_data(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print(f"fetch_data({n}) cancelled")
        raise # when cancelled, re-raise the CancelledError
    if n == 1:
        raise ValueError("boom") # task 1 fails at 1 s
    return f"data{n}"

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch_data(1))
            t2 = tg.create_task(fetch_data(2)) # cancelled by the TaskGroup before it finishes
        print(f"Finished: {t1.result()}, {t2.result()}") # never reached
    except* ValueError as group:
        # raised as an ExceptionGroup: a plain except ValueError would miss it
        print(f"TaskGroup raised: {group.message}")
        for error in group.exceptions:
            print(f"  {type(error).__name__}: {error}")

asyncio.run(main())
