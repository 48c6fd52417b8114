import asyncio


async def generate():
    for i in range(10):
        await asyncio.sleep(1)
        yield i


async def main():
    async for i in generate():
        print(i)


asyncio.run(main())
