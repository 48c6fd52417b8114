// 這是模擬：網頁無法開啟 TCP socket，所以這個對照程式透過記憶體中的一對 socket，
// 把用戶端和回聲迴圈連接起來。它保留了原文的結構：接受連線，
// 然後不斷 recv、sendall，直到用戶端中斷連線。真正用 node:net 寫的 Node.js 版本
// 列在這個範例下方。

/** 模擬連線的一端：一端送出的內容，由另一端接收。 */
class SimSocket {
  peer: SimSocket | null = null;
  private chunks: Uint8Array[] = [];
  private ended = false;
  private wake: (() => void) | null = null;

  // loop.sock_recv：最多 `size` 個位元組；另一端關閉之後傳回空陣列（b''）
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

/** 模擬的監聽 socket：每次 connect() 都把新的一對 socket 中伺服器那一端排進佇列。 */
class SimListener {
  private queue: SimSocket[] = [];
  private wake: (() => void) | null = null;

  // loop.sock_accept：等待下一條連線；中止訊號就會取消等待
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

// Python 對 bytes 的 repr()，也就是 print() 顯示的樣子：b'hello asyncio\n'
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
  conn.close(); // recv 傳回 b''：用戶端已中斷連線，關閉這條連線
}

async function listen(listener: SimListener, signal: AbortSignal): Promise<never> {
  while (true) {
    const conn = await listener.accept(signal);
    void echo(conn); // 長期執行的伺服器應該保留任務的參照
  }
}

async function client(listener: SimListener): Promise<void> {
  // 示範用的用戶端，使用同樣的 socket 方法：送出一行，再收回它的回聲
  const conn = await listener.connect();
  await conn.sendall(new TextEncoder().encode('hello asyncio\n'));
  const reply = await conn.recv(1024);
  console.log('client received', bytesRepr(reply));
  conn.close();
}

async function main(): Promise<void> {
  const listener = new SimListener();

  // 原文在這裡 await listen(...)，伺服器會一直執行下去。
  // 示範用：讓它在背景執行，一個用戶端做完就關閉伺服器
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
