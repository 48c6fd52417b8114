import asyncio
import logging
import time
import warnings

async def main():
    time.sleep(0.2)  # 在协程里调用会阻塞的函数，整个事件循环都会停住
    asyncio.sleep(1)  # 忘了 await：协程对象创建了，却永远不会运行

class SlowCallbackHandler(logging.Handler):
    # 调试模式会把 "Executing <Task ...> took 0.205 seconds" 记录到 "asyncio" logger
    def emit(self, record):
        if record.msg.startswith("Executing"):
            print(f"慢回调：main() 占用事件循环 {record.args[1]:.2f} 秒")

logging.getLogger("asyncio").addHandler(SlowCallbackHandler())

# 拦截警告，不直接打印（原本会附带文件路径和调用栈）
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # 这样会启用额外的检查 (如 thread safety、slow callback 警告)
    asyncio.run(main(), debug=True)

for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).splitlines()[0]}")
