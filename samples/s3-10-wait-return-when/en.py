import asyncio


async def func1(t, excpetion):
    await asyncio.sleep(t)
    if excpetion:
        raise Exception("error")
    return t


async def cancel_pending(tasks):
    # for the demo: cancel the unfinished tasks and wait for them all, retrieving exceptions
    # (otherwise asyncio logs "Task exception was never retrieved")
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    # ALL_COMPLETED mode: wait until every task is done
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]  # since 3.11, wait() takes tasks only (TypeError)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    for task in done:  # done is a set: the order may change from run to run
        print(task.result() if not task.exception() else task.exception())

    # FIRST_COMPLETED mode: wait until the first task is done
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"done counts {len(done)}") # 1 task done
    print(f"pending counts {len(pending)}") # 2 not done
    # then you can go through done, or keep waiting for the tasks in pending
    await cancel_pending(tasks)

    # FIRST_EXCEPTION mode: wait until a task raises, or all are done
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"done counts {len(done)}") # 2 tasks done, one of them with an exception
    print(f"pending counts {len(pending)}") # 1 not done
    await cancel_pending(tasks)

    # timeout
    tasks = [func1(3, 0), func1(1, 0), func1(2, 1)]
    tasks = [asyncio.create_task(c) for c in tasks]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED, timeout=2)
    # the article says 2 done, 1 pending. The 2-s task and the 2-s timeout are due almost together,
    # but the timeout's timer was set first (tasks start once wait() waits), so it fires first
    print(f"done counts {len(done)}") # 1 task done
    print(f"pending counts {len(pending)}") # 2 not done
    await cancel_pending(tasks)

asyncio.run(main())
