tasks = [download(url1), download(url2)]

# Gather (進階用法:包容異常)
results = await asyncio.gather(*tasks, return_exceptions=True)

# As Completed
for coro in asyncio.as_completed(tasks):
    result = await coro
    print("One download finished:", result)
