import asyncio

data = 0  # 所有协程共享的计数器


async def increment():
    global data
    temp_data = data
    temp_data += 1
    await asyncio.sleep(1)
    data = temp_data


async def main():
    # 10 个协程同时各加 1：data 最后应该是 10
    await asyncio.gather(*(increment() for _ in range(10)))
    # 结果却是 1：每个协程都在别人写回之前读到了 0，再各自写回 1（更新丢失了）
    print(f"after 10 increments: data = {data}")

asyncio.run(main())
