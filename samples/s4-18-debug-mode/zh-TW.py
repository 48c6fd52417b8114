import asyncio
import logging
import time
import warnings

async def main():
    time.sleep(0.2)  # 在協程裡呼叫會卡住的函式，整個事件迴圈都會停住
    asyncio.sleep(1)  # 忘了 await：協程物件建立了，卻永遠不會執行

class SlowCallbackHandler(logging.Handler):
    # 除錯模式會把 "Executing <Task ...> took 0.205 seconds" 記錄到 "asyncio" logger
    def emit(self, record):
        if record.msg.startswith("Executing"):
            print(f"慢速回呼：main() 佔住事件迴圈 {record.args[1]:.2f} 秒")

logging.getLogger("asyncio").addHandler(SlowCallbackHandler())

# 攔下警告，不直接印出（原本會附上檔案路徑和呼叫堆疊）
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # 這樣會啟用額外的檢查 (如 thread safety、slow callback 警告)
    asyncio.run(main(), debug=True)

for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).splitlines()[0]}")
