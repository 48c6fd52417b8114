import asyncio

url1, url2, url3 = "https://example.com/a", "https://example.com/b", "https://example.com/c"
delays = {url1: 0.3, url2: 0.2, url3: 0.1}  # 固定的延迟，每次运行的顺序都一样

async def download(url):
    await asyncio.sleep(delays[url])  # 假装在下载
    if url == url2:
        raise ConnectionError(f"{url} refused")
    return url

def make_tasks():
    # 协程对象只能 await 一次：每次使用都要创建一组新的
    return [download(url1), download(url2), download(url3)]

async def main():
    tasks = make_tasks()

    # Gather (高级用法：容忍异常)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print("gather results:", results)

    tasks = make_tasks()

    # As Completed
    for coro in asyncio.as_completed(tasks):
        try:
            result = await coro
            print("One download finished:", result)
        except ConnectionError as error:
            print("One download failed:", repr(error))

asyncio.run(main())
