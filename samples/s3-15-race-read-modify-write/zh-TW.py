import asyncio

data = 0  # 所有協程共用的計數器


async def increment():
    global data
    temp_data = data
    temp_data += 1
    await asyncio.sleep(1)
    data = temp_data


async def main():
    # 10 個協程同時各加 1：data 最後應該是 10
    await asyncio.gather(*(increment() for _ in range(10)))
    # 結果卻是 1：每個協程都在別人寫回之前讀到 0，再各自寫回 1（更新遺失了）
    print(f"after 10 increments: data = {data}")

asyncio.run(main())
