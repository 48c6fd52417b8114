import asyncio

async def fetch_data(n):
    await asyncio.sleep(0.1 * n)
    return f"data{n}"

async def main():
    async with asyncio.TaskGroup() as tg:
        # 使用 tg.create_task 创建任务
        t1 = tg.create_task(fetch_data(1))
        t2 = tg.create_task(fetch_data(2))
        # 离开 async with 块时，会自动等待所有任务完成

    # 这里可以安全地获取结果
    print(f"Finished: {t1.result()}, {t2.result()}")

asyncio.run(main())
