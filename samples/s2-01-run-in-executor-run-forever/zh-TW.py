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
    # 任務在執行中的事件迴圈裡啟動，兩個都完成後程式就結束
    await asyncio.gather(task_a(), task_c())

asyncio.run(main())
