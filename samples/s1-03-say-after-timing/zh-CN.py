# -*- coding: UTF-8 -*-

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any


async def say_after(delay: int, what: str) -> None:
    await asyncio.sleep(delay)
    print(what)


async def main_coroutine() -> None:
    await say_after(1, 'hello')
    await say_after(2, 'world')
    # coroutine 没有经过 task 包装，不会节省时间，3 秒


async def main_create_task() -> None:
    task1 = asyncio.create_task(
        say_after(1, 'hello'))
    task2 = asyncio.create_task(
        say_after(2, 'world'))
    await task1
    await task2
    # 经过 task 包装，可以节省时间，2 秒

async def main_gather() -> None:
    c1 = say_after(1, 'hello')
    c2 = say_after(2, 'world')
    await asyncio.gather(c1, c2)
    # 使用 gather 也可以节省时间，2 秒


def time_elapsed(func: Callable[[], Coroutine[Any, Any, None]]) -> None:
    start = time.perf_counter()
    asyncio.run(func())
    print(f"used: {time.perf_counter() - start:.2f} s")


if __name__ == '__main__':
    time_elapsed(main_coroutine)
    time_elapsed(main_create_task)
    time_elapsed(main_gather)
