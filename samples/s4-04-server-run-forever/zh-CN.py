import asyncio

async def handle_echo(reader, writer):
    # 回显处理程序：把收到的那一行原样发回去，然后关闭连接
    data = await reader.readline()
    print(f"Server received: {data.decode().strip()}")
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

def start_server():
    # 端口号 0：由操作系统挑选一个空闲的端口
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

# 服务器启动示例 (概念)
try:
    server = loop.run_until_complete(start_server())
    print("Server running...")
    port = server.sockets[0].getsockname()[1]
    # 演示用：客户端完成后就调用 loop.stop()（代替按 Ctrl+C）
    client_task = loop.create_task(client(port))
    client_task.add_done_callback(lambda task: loop.stop())
    loop.run_forever() # 阻塞在这里，直到 loop.stop() 被调用
except KeyboardInterrupt:
    pass
finally:
    # 优雅关闭 (Graceful Shutdown)
    if server is not None:
        server.close() # 先停止接受新连接，wait_closed() 才会结束
        loop.run_until_complete(server.wait_closed())
    loop.close()
    print("Server closed")
