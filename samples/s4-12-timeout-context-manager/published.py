try:
    async with asyncio.timeout(2.0): # 超過 2 秒會拋出 TimeoutError
        await long_running_task()
except TimeoutError:
    print("任務超時了!")
