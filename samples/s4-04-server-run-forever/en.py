import asyncio

async def handle_echo(reader, writer):
    # echo handler: sends the line it received straight back, then closes the connection
    data = await reader.readline()
    print(f"Server received: {data.decode().strip()}")
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

def start_server():
    # port 0: the operating system picks a free port
    return asyncio.start_server(handle_echo, "127.0.0.1", 0)

async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    await writer.drain()
    reply = await reader.readline()
    print(f"Client received: {reply.decode().strip()}")
    writer.close()
    await writer.wait_closed()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
server = None

# starting a server (the concept)
try:
    server = loop.run_until_complete(start_server())
    print("Server running...")
    port = server.sockets[0].getsockname()[1]
    # for the demo: call loop.stop() once the client is done (instead of pressing Ctrl+C)
    client_task = loop.create_task(client(port))
    client_task.add_done_callback(lambda task: loop.stop())
    loop.run_forever() # blocks here until loop.stop() is called
except KeyboardInterrupt:
    pass
finally:
    # graceful shutdown
    if server is not None:
        server.close() # stop accepting connections first, or wait_closed() never returns
        loop.run_until_complete(server.wait_closed())
    loop.close()
    print("Server closed")
