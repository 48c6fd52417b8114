import asyncio

class AsyncCounter:
    def __init__(self, stop):
        self.stop = stop
        self.count = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count >= self.stop:
            raise StopAsyncIteration
        self.count += 1
        await asyncio.sleep(0.1) # 模擬 IO
        return self.count

async def main():
    async for num in AsyncCounter(3):
        print(num)

asyncio.run(main())
