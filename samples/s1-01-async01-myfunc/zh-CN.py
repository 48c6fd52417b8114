# -*- coding: UTF-8 -*-
# async01.py
import asyncio


# 在函数前声明 async，它就是 coroutine（协程）
async def myfunc():
    await asyncio.sleep(1)
    print('hello')


if __name__ == '__main__':
    # myfunc() #RuntimeWarning: coroutine 'myfunc' was never awaited
    # coroutine 必须交给 run 来运行，直接调用函数并不会运行它
    asyncio.run(myfunc())
