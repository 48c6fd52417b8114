import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_soon(print, "Hello", flush=True)
    except TypeError as error:
        print(f'TypeError: {error}')

asyncio.run(main())
