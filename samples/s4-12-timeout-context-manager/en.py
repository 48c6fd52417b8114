import asyncio

async def long_running_task():
    await asyncio.sleep(3) # takes 3 s, longer than the 2 s limit

async def main():
    try:
        async with asyncio.timeout(2.0): # raises TimeoutError after 2 seconds
            await long_running_task()
    except TimeoutError:
        print("The task timed out!")

asyncio.run(main())
