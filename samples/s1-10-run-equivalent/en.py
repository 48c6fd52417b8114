import asyncio


async def main():
    await asyncio.sleep(1)
    print('main ran')


# the manual steps: create a new loop and make it current, run main() on it, then close it
# (the article's asyncio.get_event_loop() warns here on 3.12–3.13 and raises on 3.14)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
loop.close()
# asyncio.run(main()) does more than this: before closing the loop it also cancels leftover
# tasks and shuts down async generators and the default executor
