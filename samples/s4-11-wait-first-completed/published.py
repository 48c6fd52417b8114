tasks = {asyncio.create_task(work()) for _ in range(3)}

# return_when=asyncio.FIRST_COMPLETED (第一個完成即返回)
done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)

# 取消剩餘還在跑的任務 (Good Practice)
for t in pending:
    t.cancel()
