try:
    # 如果 main() 被取消,important_task 依然會繼續執行
    await asyncio.shield(important_task())
except asyncio.CancelledError:
    print("Main task cancelled, but shield protected the inner task")
