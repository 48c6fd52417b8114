import asyncio
import concurrent.futures
import requests

def blocking_io():
    # 這是同步的 Blocking Call
    return requests.get("https://www.google.com").status_code

async def main():
    loop = asyncio.get_running_loop()

    # 建立 ThreadPool (預設也會由 asyncio 管理)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        # 第一個參數通常是 pool
        result = await loop.run_in_executor(pool, blocking_io)
        print(f"Status Code: {result}")

asyncio.run(main())
