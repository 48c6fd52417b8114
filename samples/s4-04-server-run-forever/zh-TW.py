import asyncio

async def handle_echo(reader, writer):
    # 回聲處理器：把收到的那一行原樣送回去，然後關閉連線
    data = await reader.readline()
    print(f"Server received: {data.decode().strip()}")
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

def start_server():
    # 埠號 0：由作業系統挑一個沒被佔用的埠
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

# 伺服器啟動範例 (概念)
try:
    server = loop.run_until_complete(start_server())
    print("Server running...")
    port = server.sockets[0].getsockname()[1]
    # 示範用：用戶端做完就呼叫 loop.stop()（代替按 Ctrl+C）
    client_task = loop.create_task(client(port))
    client_task.add_done_callback(lambda task: loop.stop())
    loop.run_forever() # 阻塞在這裡，直到 loop.stop() 被呼叫
except KeyboardInterrupt:
    pass
finally:
    # 優雅關閉 (Graceful Shutdown)
    if server is not None:
        server.close() # 先停止接受新連線，wait_closed() 才會結束
        loop.run_until_complete(server.wait_closed())
    loop.close()
    print("Server closed")
