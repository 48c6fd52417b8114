import asyncio
import socket


async def echo(conn, loop):
    while data := await loop.sock_recv(conn, 1024):
        print(data)
        await loop.sock_sendall(conn, data)
    conn.close()  # sock_recv returned b'': the client hung up, so close the connection


async def listen(sock, loop):
    while True:
        conn, addr = await loop.sock_accept(sock)
        asyncio.create_task(echo(conn, loop))  # a real server should keep a reference to this task


async def client(port, loop):
    # a demo client, also with the low-level sock_* methods: send a line, read back its echo
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
    sock.bind(('127.0.0.1', 0))  # port 0: the OS picks a free port (the article uses 8080)

    sock.listen(5)

    loop = asyncio.get_running_loop()
    # the article awaits listen(...) here, so the server runs forever.
    # for the demo: run it in the background, and close the server once one client is done
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
