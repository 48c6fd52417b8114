import asyncio

async def fetch_data(n):
    await asyncio.sleep(0.1 * n)
    return f"data{n}"

async def main():
    async with asyncio.TaskGroup() as tg:
        # 使用 tg.create_task 建立任務
        t1 = tg.create_task(fetch_data(1))
        t2 = tg.create_task(fetch_data(2))
        # 離開 async with 區塊時，會自動等待所有任務完成

    # 這裡可以安全地取得結果
    print(f"Finished: {t1.result()}, {t2.result()}")

asyncio.run(main())
