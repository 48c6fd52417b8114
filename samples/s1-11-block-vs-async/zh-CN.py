# -*- coding: UTF-8 -*-
# python 3.11
import asyncio
import time


def block_dosomething(i):
    print(f"第 {i} 次开始")
    time.sleep(1)    # 会在这里阻塞
    print(f"第 {i} 次结束")


def block_main():
    start = time.time()
    for i in range(5):
        block_dosomething(i + 1)
    # 5 秒，因为每次调用函数都会阻塞 1 秒
    print(f"block time: {(time.time() - start):.2f} (s)")


async def dosomething(i):
    print(f"第 {i} 次开始")
    await asyncio.sleep(1)
    print(f"第 {i} 次结束")


# create_task 需要正在运行的事件循环，所以要在协程里创建 task
async def wait_all():
    # 包装成 task，不能直接传 coroutine
    tasks = [asyncio.create_task(dosomething(i + 1)) for i in range(5)]
    await asyncio.wait(tasks)


def async_main():
    start = time.time()
    asyncio.run(wait_all())
    # 1 秒，因为每次调用时一 sleep 就交出控制权，去处理下一个函数，所以等待时间重叠了。
    print(f"async time: {(time.time() - start):.2f} (s)")


if __name__ == "__main__":
    block_main()
    async_main()
