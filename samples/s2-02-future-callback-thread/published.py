import asyncio
import queue
import time
import threading

def my_thread():
    print('my_thread: started')
    while True:
        job = q.get()
        value = job.get('value')
        callback = job.get('callback')
        print(f'my_thread: got job, with value {value}')
        time.sleep(4)
        callback(value*value)

async def task_a():
    for i in range(10):
        print(f'task_a: {i}')
        await asyncio.sleep(1)

async def task_b(i):
    def callback(result):
        print(f'callback got result:{result}')
        nonlocal fut
        fut.set_result(result)

    print(f'task_b')
    fut = event_loop.create_future()
    q.put({'value': i, 'callback': callback})
    result = await fut
    print(f'task_b got result:{result}')
    return result
q = queue.Queue()
threading.Thread(target=my_thread).start()
event_loop = asyncio.get_event_loop()
asyncio.ensure_future(task_a(), loop=event_loop)
asyncio.ensure_future(task_b(5), loop=event_loop)
event_loop.run_forever()
