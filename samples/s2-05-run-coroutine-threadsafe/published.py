import asyncio
import threading
import time

def my_thread():
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

threading.Thread(target=my_thread).start()
loop = asyncio.get_event_loop()
asyncio.ensure_future(my_task_a(), loop=loop)
loop.run_forever()
