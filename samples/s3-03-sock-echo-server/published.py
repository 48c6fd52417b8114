import asyncio
import socket


async def echo(conn, loop):
    while data := await loop.sock_recv(conn, 1024):
        print(data)
        await loop.sock_sendall(conn, data)


async def listen(sock, loop):
    while True:
        conn, addr = await loop.sock_accept(sock)
        asyncio.create_task(echo(conn, loop))


async def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

    sock.setblocking(False)
    sock.bind(('127.0.0.1', 8080))

    sock.listen(5)

    await listen(sock, asyncio.get_running_loop())


asyncio.run(main())
