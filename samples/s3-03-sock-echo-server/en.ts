// A SIMULATION: a web page cannot open TCP sockets, so this twin connects the client and the
// echo loop through an in-memory socket pair. It keeps the article's shape: accept connections,
// then recv and sendall until the client hangs up. The real Node.js version (node:net) is shown
// below this sample.

/** One end of a simulated connection: what one end sends, the other end receives. */
class SimSocket {
  peer: SimSocket | null = null;
  private chunks: Uint8Array[] = [];
  private ended = false;
  private wake: (() => void) | null = null;

  // loop.sock_recv: up to `size` bytes; an empty array (b'') once the other end has closed
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

/** A simulated listening socket: each connect() queues the server's end of a new pair. */
class SimListener {
  private queue: SimSocket[] = [];
  private wake: (() => void) | null = null;

  // loop.sock_accept: waits for the next connection; aborting the signal cancels the wait
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

// Python's repr() of bytes, as print() shows them: b'hello asyncio\n'
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
  conn.close(); // recv returned b'': the client hung up, so close the connection
}

async function listen(listener: SimListener, signal: AbortSignal): Promise<never> {
  while (true) {
    const conn = await listener.accept(signal);
    void echo(conn); // a real server should keep a reference to this task
  }
}

async function client(listener: SimListener): Promise<void> {
  // a demo client, with the same socket methods: send a line, read back its echo
  const conn = await listener.connect();
  await conn.sendall(new TextEncoder().encode('hello asyncio\n'));
  const reply = await conn.recv(1024);
  console.log('client received', bytesRepr(reply));
  conn.close();
}

async function main(): Promise<void> {
  const listener = new SimListener();

  // the article awaits listen(...) here, so the server runs forever.
  // for the demo: run it in the background, and close the server once one client is done
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
