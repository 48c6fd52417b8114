import asyncio
import time

async def task_a():
    for i in range(10):
        print(f'task_a: {i}')
        await asyncio.sleep(1)

def task_b(i):
    print(f'task_b')
    time.sleep(4) # simulate calling an external api
    return i + " world"

async def task_c():
    print(f'task_c: put a task to executor')
    event_loop = asyncio.get_running_loop()
    result = await event_loop.run_in_executor(None, task_b, "hello")
    print(f'task_c: result: {result}')

async def main():
    # 任务在运行中的事件循环里启动，两个都完成后程序就结束
    await asyncio.gather(task_a(), task_c())

asyncio.run(main())
