import asyncio

async def my_coro():
    await asyncio.sleep(0.1)
    return "my_coro result"

async def main():
    # 创建后会立即被调度
    task = asyncio.create_task(my_coro())
    await task # 等待结果
    print(task.result())

asyncio.run(main())
