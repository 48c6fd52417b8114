import asyncio

data = 0  # a counter every coroutine shares


async def increment():
    global data
    temp_data = data
    temp_data += 1
    await asyncio.sleep(1)
    data = temp_data


async def main():
    # ten coroutines add 1 each at the same time: data should end at 10
    await asyncio.gather(*(increment() for _ in range(10)))
    # it ends at 1: each read 0 before any wrote back, then each wrote back 1 (lost updates)
    print(f"after 10 increments: data = {data}")

asyncio.run(main())
