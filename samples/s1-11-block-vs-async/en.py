# -*- coding: UTF-8 -*-
# python 3.11
import asyncio
import time


def block_dosomething(i):
    print(f"Call {i} started")
    time.sleep(1)    # blocks here
    print(f"Call {i} finished")


def block_main():
    start = time.time()
    for i in range(5):
        block_dosomething(i + 1)
    # 5 secs, because every call blocks for 1 second
    print(f"block time: {(time.time() - start):.2f} (s)")


async def dosomething(i):
    print(f"Call {i} started")
    await asyncio.sleep(1)
    print(f"Call {i} finished")


# create_task needs a running event loop, so the tasks are created inside a coroutine
async def wait_all():
    # wrap them in tasks: passing coroutines directly is not allowed
    tasks = [asyncio.create_task(dosomething(i + 1)) for i in range(5)]
    await asyncio.wait(tasks)


def async_main():
    start = time.time()
    asyncio.run(wait_all())
    # 1 sec: each call gives up control as soon as it sleeps, so the waits overlap
    print(f"async time: {(time.time() - start):.2f} (s)")


if __name__ == "__main__":
    block_main()
    async_main()
