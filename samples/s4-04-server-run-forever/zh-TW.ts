// 這是模擬：網頁無法在 TCP 埠上監聽，所以這個對照程式在記憶體裡同時扮演伺服器和用戶端。
// 重點是生命週期：啟動、持續服務直到被停止、關閉、等待關閉完成。
// 真正用 node:net 寫的 Node.js 版本列在這個範例下方。

/** 模擬連線的一個方向：一端寫入的行，由另一端讀出。 */
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

/** 模擬的伺服器：每次 connect() 都把一條新連線交給處理器。 */
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

  // server.close()：停止接受新連線
  close(): void {
    this.accepting = false;
    this.markClosed();
  }

  // server.wait_closed()：要先呼叫 close()，而且等到已開啟的連線都結束才會結束
  async waitClosed(): Promise<void> {
    await this.closed;
    await Promise.all(this.connections);
  }
}

// 回聲處理器：把收到的那一行原樣送回去
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
  // run_forever()：JS 沒有可以阻塞在裡面的 Loop，所以改為等待一個由 stop() 兌現的 Promise
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  // 示範用：用戶端做完就停止（代替按 Ctrl+C）
  void client(server).finally(() => stop());
  await stopped;
} finally {
  // 優雅關閉 (Graceful Shutdown)
  server.close(); // 先停止接受新連線，waitClosed() 才會結束
  await server.waitClosed();
  console.log('Server closed');
}
