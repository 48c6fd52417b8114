import asyncio
from contextvars import ContextVar

# 类似线程的 local 变量，但以任务为单位：每个任务看到的是自己上下文里设置的值
request_id = ContextVar("request_id")


async def query_db():
    # 在调用链深处直接读取 id，不必把它当参数一层层传下来
    print(f"query_db: request id {request_id.get()}")


async def load_user(delay):
    await asyncio.sleep(delay)  # 等待期间，另一个任务设置了它自己的 id
    await query_db()  # 没有传递 id


async def handle(rid, delay):
    print(f"{rid}: inherited {request_id.get()}")  # 任务的副本一开始带着 main 设置的值
    request_id.set(rid)  # 只修改当前任务的上下文
    await load_user(delay)


async def main():
    request_id.set("MAIN")  # 在创建任务之前设置：任务的副本会继承它
    # gather 把每个协程包装成任务，每个任务都运行在当前上下文的一份副本里
    await asyncio.gather(handle("REQ-1", 0.2), handle("REQ-2", 0.1))
    # 任务里的 set() 不会影响 main 的上下文
    print(f"main: request id {request_id.get()}")


asyncio.run(main())
