import asyncio

async def my_coro():
    await asyncio.sleep(0.1)
    return "my_coro result"

async def main():
    # 建立後會立即被排程
    task = asyncio.create_task(my_coro())
    await task # 等待結果
    print(task.result())

asyncio.run(main())
