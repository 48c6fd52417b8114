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
    event_loop = asyncio.get_running_loop()
    def callback(result):
        print(f'callback got result:{result}')
        event_loop.call_soon_threadsafe(fut.set_result, result) # set_result 會在事件迴圈的執行緒上執行，不在這裡

    print(f'task_b')
    fut = event_loop.create_future()
    q.put({'value': i, 'callback': callback})
    result = await fut
    print(f'task_b got result:{result}')
    return result

async def main():
    await asyncio.gather(task_a(), task_b(5))

q = queue.Queue()
# daemon：my_thread 會永遠等待工作，main() 結束後不能讓它撐著程式不結束
threading.Thread(target=my_thread, daemon=True).start()
asyncio.run(main())
