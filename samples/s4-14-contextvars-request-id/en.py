import asyncio
import contextvars

# Declare a ContextVar
request_id = contextvars.ContextVar("request_id")

async def process_request(id):
    # Set the variable (only for the current Context)
    request_id.set(id)
    await perform_db_query()

async def perform_db_query():
    # Read the variable
    # Even on the same thread, we read the right id
    print(f"Processing Request ID: {request_id.get()}")

async def main():
    # Run concurrently; each keeps its own contextvars
    await asyncio.gather(
        process_request("REQ-001"),
        process_request("REQ-002")
    )

asyncio.run(main())
# Output (order may differ):
# Processing Request ID: REQ-001
# Processing Request ID: REQ-002
