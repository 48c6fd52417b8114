import asyncio
import socket


async def echo(conn, loop):
    while data := await loop.sock_recv(conn, 1024):
        print(data)
        await loop.sock_sendall(conn, data)
    conn.close()  # sock_recv 傳回 b''：用戶端已中斷連線，關閉這條連線


async def listen(sock, loop):
    while True:
        conn, addr = await loop.sock_accept(sock)
        asyncio.create_task(echo(conn, loop))  # 長期執行的伺服器應該保留任務的參照


async def client(port, loop):
    # 示範用的用戶端，一樣使用底層的 sock_* 方法：送出一行，再收回它的回聲
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
    sock.bind(('127.0.0.1', 0))  # 埠號 0：由作業系統挑一個沒被佔用的埠（原文固定使用 8080）

    sock.listen(5)

    loop = asyncio.get_running_loop()
    # 原文在這裡 await listen(...)，伺服器會一直執行下去。
    # 示範用：讓它在背景執行，一個用戶端做完就關閉伺服器
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
