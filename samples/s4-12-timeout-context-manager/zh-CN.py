import asyncio

async def long_running_task():
    await asyncio.sleep(3) # 要运行 3 秒，超过 2 秒的时限

async def main():
    try:
        async with asyncio.timeout(2.0): # 超过 2 秒会抛出 TimeoutError
            await long_running_task()
    except TimeoutError:
        print("任务超时了!")

asyncio.run(main())
