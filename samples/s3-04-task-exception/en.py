import asyncio


async def func1():
    raise Exception("func1")
    print("func1")  # never runs: the raise above has already left the function


async def main():
    task1 = asyncio.create_task(func1())
    try:
        await task1
    except Exception as e:
        print(e)
    finally:
        print("finally")


asyncio.run(main())
