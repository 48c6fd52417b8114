// 这是模拟：网页无法打开 TCP 套接字，所以这个对照程序通过内存中的一对套接字，
// 把客户端和回显循环连接起来。它保留了原文的结构：接受连接，
// 然后不断 recv、sendall，直到客户端断开。真正用 node:net 编写的 Node.js 版本
// 列在这个示例下方。

/** 模拟连接的一端：一端发送的内容，由另一端接收。 */
class SimSocket {
  peer: SimSocket | null = null;
  private chunks: Uint8Array[] = [];
  private ended = false;
  private wake: (() => void) | null = null;

  // loop.sock_recv：最多 `size` 个字节；另一端关闭之后返回空数组（b''）
  async recv(size: number): Promise<Uint8Array> {
    while (this.chunks.length === 0 && !this.ended) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    const chunk = this.chunks.shift();
    if (!chunk) return new Uint8Array(0);
    if (chunk.length > size) this.chunks.unshift(chunk.subarray(size));
    return chunk.subarray(0, size);
  }

  // loop.sock_sendall
  async sendall(data: Uint8Array): Promise<void> {
    this.peer?.receive(data.slice());
  }

  close(): void {
    this.peer?.receive(null);
    this.peer = null;
  }

  private receive(chunk: Uint8Array | null): void {
    if (chunk) this.chunks.push(chunk);
    else this.ended = true;
    this.wake?.();
    this.wake = null;
  }
}

/** 模拟的监听套接字：每次 connect() 都把新的一对套接字中服务器那一端放进队列。 */
class SimListener {
  private queue: SimSocket[] = [];
  private wake: (() => void) | null = null;

  // loop.sock_accept：等待下一个连接；中止信号就会取消等待
  async accept(signal: AbortSignal): Promise<SimSocket> {
    while (this.queue.length === 0) {
      signal.throwIfAborted();
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        this.wake = () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        };
      });
    }
    return this.queue.shift()!;
  }

  // loop.sock_connect
  async connect(): Promise<SimSocket> {
    const clientEnd = new SimSocket();
    const serverEnd = new SimSocket();
    clientEnd.peer = serverEnd;
    serverEnd.peer = clientEnd;
    this.queue.push(serverEnd);
    this.wake?.();
    this.wake = null;
    return clientEnd;
  }
}

// Python 对 bytes 的 repr()，也就是 print() 显示的样子：b'hello asyncio\n'
function bytesRepr(data: Uint8Array): string {
  const escapes: Record<number, string> = { 9: '\\t', 10: '\\n', 13: '\\r', 39: "\\'", 92: '\\\\' };
  let text = '';
  for (const byte of data) {
    if (escapes[byte]) text += escapes[byte];
    else if (byte >= 0x20 && byte < 0x7f) text += String.fromCharCode(byte);
    else text += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return `b'${text}'`;
}

async function echo(conn: SimSocket): Promise<void> {
  let data: Uint8Array;
  while ((data = await conn.recv(1024)).length > 0) {
    console.log(bytesRepr(data));
    await conn.sendall(data);
  }
  conn.close(); // recv 返回 b''：客户端已断开，关闭这个连接
}

async function listen(listener: SimListener, signal: AbortSignal): Promise<never> {
  while (true) {
    const conn = await listener.accept(signal);
    void echo(conn); // 长期运行的服务器应保存任务的引用
  }
}

async function client(listener: SimListener): Promise<void> {
  // 演示用的客户端，使用同样的套接字方法：发送一行，再收回它的回显
  const conn = await listener.connect();
  await conn.sendall(new TextEncoder().encode('hello asyncio\n'));
  const reply = await conn.recv(1024);
  console.log('client received', bytesRepr(reply));
  conn.close();
}

async function main(): Promise<void> {
  const listener = new SimListener();

  // 原文在这里 await listen(...)，服务器会一直运行下去。
  // 演示用：让它在后台运行，一个客户端完成后就关闭服务器
  const controller = new AbortController();
  const server = listen(listener, controller.signal);
  await client(listener);
  controller.abort(); // server.cancel()
  try {
    await server;
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  }
  console.log('server closed');
}

await main();
