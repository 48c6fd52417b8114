import asyncio


async def main():
    await asyncio.sleep(1)
    print('main ran')


# 手动的步骤：创建新的事件循环并设为当前循环，用它运行 main()，最后关闭它
# （原文的 asyncio.get_event_loop() 在这里 3.12–3.13 会发出警告，3.14 起会抛出异常）
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
loop.close()
# asyncio.run(main()) 做的不止这些：关闭循环之前，它还会取消剩下的任务，
# 并关闭异步生成器和默认的执行器（executor）
