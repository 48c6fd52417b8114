import asyncio
import contextvars

# 宣告一個 ContextVar
request_id = contextvars.ContextVar("request_id")

async def process_request(id):
    # 設定變數 (只對當前 Context 有效)
    request_id.set(id)
    await perform_db_query()

async def perform_db_query():
    # 讀取變數
    # 即使在同一個執行緒，也能讀到正確的 id
    print(f"Processing Request ID: {request_id.get()}")

async def main():
    # 並行執行，彼此的 contextvars 是獨立的
    await asyncio.gather(
        process_request("REQ-001"),
        process_request("REQ-002")
    )

asyncio.run(main())
# Output (順序可能不同):
# Processing Request ID: REQ-001
# Processing Request ID: REQ-002
