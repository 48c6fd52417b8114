import asyncio
import contextvars

# 声明一个 ContextVar
request_id = contextvars.ContextVar("request_id")

async def process_request(id):
    # 设置变量 (只对当前 Context 有效)
    request_id.set(id)
    await perform_db_query()

async def perform_db_query():
    # 读取变量
    # 即使在同一个线程中，也能读到正确的 id
    print(f"Processing Request ID: {request_id.get()}")

async def main():
    # 并发执行，彼此的 contextvars 相互独立
    await asyncio.gather(
        process_request("REQ-001"),
        process_request("REQ-002")
    )

asyncio.run(main())
# Output (顺序可能不同):
# Processing Request ID: REQ-001
# Processing Request ID: REQ-002
