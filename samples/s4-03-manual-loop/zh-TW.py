import asyncio

async def main():
    await asyncio.sleep(1)
    print("Done")

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

try:
    loop.run_until_complete(main())
finally:
    loop.close() # 務必手動關閉
