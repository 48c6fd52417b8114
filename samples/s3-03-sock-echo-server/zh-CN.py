import asyncio
import socket


async def echo(conn, loop):
    while data := await loop.sock_recv(conn, 1024):
        print(data)
        await loop.sock_sendall(conn, data)
    conn.close()  # sock_recv 返回 b''：客户端已断开，关闭这个连接


async def listen(sock, loop):
    while True:
        conn, addr = await loop.sock_accept(sock)
        asyncio.create_task(echo(conn, loop))  # 长期运行的服务器应保存任务的引用


async def client(port, loop):
    # 演示用的客户端，同样使用底层的 sock_* 方法：发送一行，再收回它的回显
    conn = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    conn.setblocking(False)
    await loop.sock_connect(conn, ('127.0.0.1', port))
    await loop.sock_sendall(conn, b'hello asyncio\n')
    reply = await loop.sock_recv(conn, 1024)
    print('client received', reply)
    conn.close()


async def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

    sock.setblocking(False)
    sock.bind(('127.0.0.1', 0))  # 端口号 0：由操作系统挑选空闲端口（原文固定使用 8080）

    sock.listen(5)

    loop = asyncio.get_running_loop()
    # 原文在这里 await listen(...)，服务器会一直运行下去。
    # 演示用：让它在后台运行，一个客户端完成后就关闭服务器
    server = asyncio.create_task(listen(sock, loop))
    await client(sock.getsockname()[1], loop)
    server.cancel()
    try:
        await server
    except asyncio.CancelledError:
        pass
    sock.close()
    print('server closed')


asyncio.run(main())
