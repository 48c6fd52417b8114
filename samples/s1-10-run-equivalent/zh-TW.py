import asyncio


async def main():
    await asyncio.sleep(1)
    print('main ran')


# 手動的步驟：建立新的事件迴圈並設為目前的迴圈，用它執行 main()，最後關閉它
# （原文的 asyncio.get_event_loop() 在這裡 3.12–3.13 會發出警告，3.14 起會拋出例外）
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
loop.close()
# asyncio.run(main()) 做的不只這些：關閉迴圈之前，它還會取消剩下的任務，
# 並關閉非同步產生器和預設的執行器（executor）
