import asyncio

async def long_running_task():
    await asyncio.sleep(3) # 要跑 3 秒，超過 2 秒的時限

async def main():
    try:
        async with asyncio.timeout(2.0): # 超過 2 秒會拋出 TimeoutError
            await long_running_task()
    except TimeoutError:
        print("任務超時了!")

asyncio.run(main())
