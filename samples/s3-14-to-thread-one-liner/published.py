tasks = [asyncio.to_thread(func1, i, 0) for i in range(1, 5)]
