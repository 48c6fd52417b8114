# -*- coding: UTF-8 -*-
# async01.py
import asyncio


# declaring a function with async makes it a coroutine function
async def myfunc():
    await asyncio.sleep(1)
    print('hello')


if __name__ == '__main__':
    # myfunc() #RuntimeWarning: coroutine 'myfunc' was never awaited
    # a coroutine has to be run with run: calling the function alone does not run it
    asyncio.run(myfunc())
