# -*- coding: UTF-8 -*-
import asyncio


async def coro():
    print('hello')
    await asyncio.sleep(1)
    print('world')


if __name__ == '__main__':
    # get the event loop, then run
    # loop = asyncio.get_event_loop()
    # task = loop.create_task(coro())
    # loop.run_until_complete(task)

    # or simply use run
    asyncio.run(coro())
