import asyncio
import itertools

durations = itertools.count(1)  # 每次调用 work() 都比上一次久：0.1、0.2、0.3 秒

async def work():
    seconds = next(durations) / 10
    await asyncio.sleep(seconds)
    return seconds

async def main():
    # asyncio.wait 只接受 Task (从 3.11 起传入协程会抛出 TypeError)
    tasks = {asyncio.create_task(work()) for _ in range(3)}

    # return_when=asyncio.FIRST_COMPLETED (第一个完成即返回)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)

    # 取消剩余还在运行的任务 (Good Practice)
    for t in pending:
        t.cancel()

    print("done", len(done), "pending", len(pending))
    print("first result:", done.pop().result())
    await asyncio.wait(pending)  # 等待被取消的任务真正结束
    print("pending cancelled:", [t.cancelled() for t in pending])

asyncio.run(main())
