import asyncio

async def main():
    await asyncio.sleep(1)
    print("Done")

if __name__ == "__main__":
    # 自动管理 Loop 的生命周期
    asyncio.run(main())
