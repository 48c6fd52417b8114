# 建立後會立即被排程
task = asyncio.create_task(my_coro())
await task # 等待結果
