import asyncio

async def main():
    await asyncio.sleep(1)
    print("Done")

if __name__ == "__main__":
    # manages the loop's whole lifecycle for you
    asyncio.run(main())
