import asyncio
import threading
import time

def my_thread(loop):
    print('my_thread: started')
    time.sleep(2)
    print('my_thread: ask to run my_task_b() on main thread event loop')
    future = asyncio.run_coroutine_threadsafe(my_task_b(5), loop)
    print('my_thread: request sent')
    result = future.result()
    print(f'my_thread result: {result}')

async def my_task_a():
    for i in range(10):
        print(f'my_task_a: {i}')
        await asyncio.sleep(1)

async def my_task_b(value):
    print(f'my_task_b got job')
    countdown = value
    while countdown>0:
        print(f'my_task_b is processing job')
        await asyncio.sleep(1)
        countdown = countdown - 1
    return value*value

async def main():
    # 執行緒需要知道要把工作交給哪個事件迴圈：就是正在執行的這個，當作參數傳過去
    loop = asyncio.get_running_loop()
    threading.Thread(target=my_thread, args=(loop,)).start()
    await my_task_a()

asyncio.run(main())
