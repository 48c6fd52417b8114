// 这是模拟：网页无法在 TCP 端口上监听，所以这个对照程序在内存里同时扮演服务器和客户端。
// 重点是生命周期：启动、持续服务直到被停止、关闭、等待关闭完成。
// 真正用 node:net 编写的 Node.js 版本列在这个示例下方。

/** 模拟连接的一个方向：一端写入的行，由另一端读出。 */
class Pipe {
  private lines: string[] = [];
  private readers: ((line: string) => void)[] = [];

  write(line: string): void {
    const reader = this.readers.shift();
    if (reader) reader(line);
    else this.lines.push(line);
  }

  readLine(): Promise<string> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolve) => this.readers.push(resolve));
  }
}

type Handler = (reader: Pipe, writer: Pipe) => Promise<void>;

/** 模拟的服务器：每次 connect() 都把一个新连接交给处理程序。 */
class SimulatedServer {
  private accepting = true;
  private connections = new Set<Promise<void>>();
  private markClosed!: () => void;
  private closed = new Promise<void>((resolve) => (this.markClosed = resolve));
  private handler: Handler;

  constructor(handler: Handler) {
    this.handler = handler;
  }

  connect(): { reader: Pipe; writer: Pipe } {
    if (!this.accepting) throw new Error('Connection refused');
    const toServer = new Pipe();
    const toClient = new Pipe();
    const connection = this.handler(toServer, toClient);
    this.connections.add(connection);
    void connection.finally(() => this.connections.delete(connection));
    return { reader: toClient, writer: toServer };
  }

  // server.close()：停止接受新连接
  close(): void {
    this.accepting = false;
    this.markClosed();
  }

  // server.wait_closed()：必须先调用 close()，并且等到已打开的连接都结束才会结束
  async waitClosed(): Promise<void> {
    await this.closed;
    await Promise.all(this.connections);
  }
}

// 回显处理程序：把收到的那一行原样发回去
async function handleEcho(reader: Pipe, writer: Pipe): Promise<void> {
  const data = await reader.readLine();
  console.log(`Server received: ${data.trim()}`);
  writer.write(data);
}

async function client(server: SimulatedServer): Promise<void> {
  const { reader, writer } = server.connect();
  writer.write('hello\n');
  const reply = await reader.readLine();
  console.log(`Client received: ${reply.trim()}`);
}

const server = new SimulatedServer(handleEcho);
try {
  console.log('Server running...');
  // run_forever()：JS 没有可以阻塞在里面的 Loop，所以改为等待一个由 stop() 兑现的 Promise
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  // 演示用：客户端完成后就停止（代替按 Ctrl+C）
  void client(server).finally(() => stop());
  await stopped;
} finally {
  // 优雅关闭 (Graceful Shutdown)
  server.close(); // 先停止接受新连接，waitClosed() 才会结束
  await server.waitClosed();
  console.log('Server closed');
}
