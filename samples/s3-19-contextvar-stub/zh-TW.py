import asyncio
from contextvars import ContextVar

# 類似執行緒的 local 變數，但以任務為單位：每個任務看到的是自己上下文裡設定的值
request_id = ContextVar("request_id")


async def query_db():
    # 在呼叫鏈深處直接讀取 id，不必把它當參數一層層傳下來
    print(f"query_db: request id {request_id.get()}")


async def load_user(delay):
    await asyncio.sleep(delay)  # 等待期間，另一個任務設定了它自己的 id
    await query_db()  # 沒有傳遞 id


async def handle(rid, delay):
    print(f"{rid}: inherited {request_id.get()}")  # 任務的副本一開始帶著 main 設定的值
    request_id.set(rid)  # 只修改目前任務的上下文
    await load_user(delay)


async def main():
    request_id.set("MAIN")  # 在建立任務之前設定：任務的副本會繼承它
    # gather 把每個協程包成任務，每個任務都在目前上下文的一份副本裡執行
    await asyncio.gather(handle("REQ-1", 0.2), handle("REQ-2", 0.1))
    # 任務裡的 set() 不會影響 main 的上下文
    print(f"main: request id {request_id.get()}")


asyncio.run(main())
