# -*- coding: UTF-8 -*-
import asyncio


async def coro():
    print('hello')
    await asyncio.sleep(1)
    print('world')


if __name__ == '__main__':
    # 先获取事件循环，再 run
    # loop = asyncio.get_event_loop()
    # task = loop.create_task(coro())
    # loop.run_until_complete(task)

    # 也可以直接用 run
    asyncio.run(coro())
