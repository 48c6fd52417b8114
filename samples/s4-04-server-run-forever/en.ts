// A SIMULATION: a web page cannot listen on a TCP port, so this twin plays both the server and the
// client in memory. The lesson is the lifecycle: start, serve until stopped, close, wait until closed.
// The real Node.js version (node:net) is shown below this sample.

/** One direction of a simulated connection: lines written at one end are read at the other. */
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

/** A simulated server: each connect() hands a new connection to the handler. */
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

  // server.close(): stop accepting new connections
  close(): void {
    this.accepting = false;
    this.markClosed();
  }

  // server.wait_closed(): ends only after close(), once the open connections have ended
  async waitClosed(): Promise<void> {
    await this.closed;
    await Promise.all(this.connections);
  }
}

// echo handler: sends the line it received straight back
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
  // run_forever(): JS has no loop to block in, so wait for a promise that stop() resolves
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  // for the demo: stop once the client is done (instead of pressing Ctrl+C)
  void client(server).finally(() => stop());
  await stopped;
} finally {
  // graceful shutdown
  server.close(); // stop accepting connections first, or waitClosed() never returns
  await server.waitClosed();
  console.log('Server closed');
}
