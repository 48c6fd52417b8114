import asyncio

url1, url2, url3 = "https://example.com/a", "https://example.com/b", "https://example.com/c"
delays = {url1: 0.3, url2: 0.2, url3: 0.1}  # fixed delays, so every run finishes in the same order

async def download(url):
    await asyncio.sleep(delays[url])  # pretend to download
    if url == url2:
        raise ConnectionError(f"{url} refused")
    return url

def make_tasks():
    # a coroutine object can be awaited only once: build a fresh list for each use
    return [download(url1), download(url2), download(url3)]

async def main():
    tasks = make_tasks()

    # Gather (advanced: exceptions come back as results)
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
