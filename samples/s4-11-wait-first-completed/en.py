import asyncio
import itertools

durations = itertools.count(1)  # each call to work() runs longer than the last: 0.1, 0.2, 0.3 s

async def work():
    seconds = next(durations) / 10
    await asyncio.sleep(seconds)
    return seconds

async def main():
    # asyncio.wait takes tasks only (coroutines raise TypeError since 3.11)
    tasks = {asyncio.create_task(work()) for _ in range(3)}

    # return_when=asyncio.FIRST_COMPLETED (return as soon as the first one finishes)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)

    # cancel the tasks still running (Good Practice)
    for t in pending:
        t.cancel()

    print("done", len(done), "pending", len(pending))
    print("first result:", done.pop().result())
    await asyncio.wait(pending)  # wait until the cancelled tasks have really ended
    print("pending cancelled:", [t.cancelled() for t in pending])

asyncio.run(main())
