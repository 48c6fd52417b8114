import asyncio
import os
import signal


async def job(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def shutdown():
    print("SIGINT received: waiting for the tasks (up to 1 s each)")
    await clean(asyncio.get_running_loop())
    print("clean() done: stopping the loop")
    asyncio.get_running_loop().stop()


# as the article says: make a loop yourself, not asyncio.run() (which cancels every task)
loop = asyncio.new_event_loop()

# set the signal handler
# loop.add_signal_handler(signal.SIGINT, shutdown)  # this form needs a plain (not async) shutdown
# if the handler is an async def
loop.add_signal_handler(signal.SIGINT, lambda: asyncio.create_task(shutdown()))


# wait for every task to end
async def clean(loop):
    # the article has asyncio.all_task (AttributeError); and all_tasks() includes the task running
    # clean(): left in, its wait_for would time out and cancel clean() itself
    others = asyncio.all_tasks(loop) - {asyncio.current_task()}
    waiters = [asyncio.wait_for(t, 1) for t in others]
    for task in waiters:
        try:
            await task
        except asyncio.TimeoutError:
            ...


# for the demo: a job that ends soon, and one that would run for a long time
loop.create_task(job("quick job", 1))
loop.create_task(job("slow job", 10))
# for the demo: send ourselves SIGINT after 0.5 s (instead of pressing Ctrl+C; Unix only)
loop.call_later(0.5, os.kill, os.getpid(), signal.SIGINT)
loop.run_forever()
loop.close()
print("loop closed")
