import asyncio
from contextvars import ContextVar

# like a thread-local variable, but per task: each task sees the value set in its own context
request_id = ContextVar("request_id")


async def query_db():
    # deep in the call chain: read the id here, instead of passing it down through every call
    print(f"query_db: request id {request_id.get()}")


async def load_user(delay):
    await asyncio.sleep(delay)  # meanwhile the other task sets its own id
    await query_db()  # no id passed along


async def handle(rid, delay):
    print(f"{rid}: inherited {request_id.get()}")  # the task's copy starts with main's value
    request_id.set(rid)  # changes the current task's context only
    await load_user(delay)


async def main():
    request_id.set("MAIN")  # set before the tasks are created: their copies inherit it
    # gather wraps each coroutine in a task, and each task runs in a copy of the current context
    await asyncio.gather(handle("REQ-1", 0.2), handle("REQ-2", 0.1))
    # the tasks' set() calls did not reach main's context
    print(f"main: request id {request_id.get()}")


asyncio.run(main())
