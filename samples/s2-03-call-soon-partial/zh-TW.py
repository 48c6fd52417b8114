import asyncio
import functools

async def main():
    loop = asyncio.get_running_loop()
    # will schedule "print("Hello", flush=True)"
    loop.call_soon(
        functools.partial(print, "Hello", flush=True))
    await asyncio.sleep(0) # 讓事件迴圈轉一圈，執行回呼

asyncio.run(main())
