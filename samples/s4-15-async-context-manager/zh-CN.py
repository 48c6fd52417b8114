import asyncio

class AsyncResource:
    async def __aenter__(self):
        print("Async entering...")
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("Async exiting...")
        await asyncio.sleep(0.1)

async def main():
    async with AsyncResource() as r:
        print("Inside block")

asyncio.run(main())
