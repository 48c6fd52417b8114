/**
 * The page's sandbox host, driven through a fake transport and Node's mock
 * timers: runs are routed by id, Stop ends one run only, and a sandbox that
 * stops answering ends every run in it with a crash and is replaced by a fresh
 * one that runs the next program.
 */
import assert from 'node:assert/strict';
import { beforeEach, afterEach, mock, test } from 'node:test';
import type { FromSandbox, PythonRuntimeFiles, RunNotice, ToSandbox } from '../../src/runner/engine/protocol';
import {
  createSandboxHost,
  type OpenTransport,
  type SandboxHost,
} from '../../src/runner/page/createSandboxHost';

/** A sandbox that answers as the real iframe does, until it is told to die. */
class FakeSandbox {
  readonly received: ToSandbox[] = [];
  alive = true;
  disposed = false;
  constructor(private readonly reply: (message: FromSandbox) => void) {}
  say(message: FromSandbox): void {
    if (this.alive && !this.disposed) this.reply(message);
  }
  post(message: ToSandbox): void {
    this.received.push(message);
    if (!this.alive) return;
    if (message.type === 'ping') this.say({ type: 'pong', seq: message.seq });
    if (message.type === 'stop') this.say({ type: 'stopped', runId: message.runId });
  }
  runs(): Extract<ToSandbox, { type: 'run' }>[] {
    return this.received.filter((message) => message.type === 'run');
  }
}

let sandboxes: FakeSandbox[];
let host: SandboxHost;

/** Lets the host's promise chains (script loading) settle. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Opens a fake sandbox, kept in `sandboxes` in the order opened. */
const openFake: OpenTransport = (onMessage) => {
  const sandbox = new FakeSandbox(onMessage);
  sandboxes.push(sandbox);
  return { post: (message) => sandbox.post(message), dispose: () => (sandbox.disposed = true) };
};

beforeEach(() => {
  mock.timers.enable({ apis: ['setInterval'] });
  sandboxes = [];
  host = createSandboxHost({
    open: openFake,
    installs: {
      typescript: () => Promise.resolve({ script: '/* worker */' }),
      python: () => Promise.resolve({ script: '/* python worker */' }),
    },
    pingMs: 1000,
    missedPings: 2,
  });
});

afterEach(() => {
  host.dispose();
  mock.timers.reset();
});

function listen(): { notices: RunNotice[]; listener: (notice: RunNotice) => void } {
  const notices: RunNotice[] = [];
  return { notices, listener: (notice) => notices.push(notice) };
}

test('nothing is sent before the sandbox listens; then the worker script, then the run', async () => {
  const { listener } = listen();
  host.run('typescript', { source: 'x', fastForward: false }, listener);
  await settle();
  assert.equal(sandboxes[0].received.length, 0);
  sandboxes[0].say({ type: 'loaded' });
  assert.deepEqual(
    sandboxes[0].received.map((message) => message.type),
    ['install', 'run'],
  );
});

test('two runs at once: each hears only its own events; Stop ends one and not the other', async () => {
  sandboxes[0].say({ type: 'loaded' });
  const first = listen();
  const second = listen();
  const a = host.run('typescript', { source: 'a', fastForward: false }, first.listener);
  const b = host.run('typescript', { source: 'b', fastForward: false }, second.listener);
  await settle();
  assert.deepEqual(
    sandboxes[0].runs().map((run) => [run.runId, run.request.source]),
    [
      [a.runId, 'a'],
      [b.runId, 'b'],
    ],
  );
  sandboxes[0].say({
    type: 'event',
    runId: b.runId,
    event: { type: 'line', level: 'log', text: 'from b', t: 1 },
  });
  a.stop();
  sandboxes[0].say({ type: 'event', runId: b.runId, event: { type: 'end', status: 'done', t: 2 } });
  assert.deepEqual(first.notices, [{ type: 'stopped' }]);
  assert.deepEqual(
    second.notices.map((notice) => notice.type),
    ['line', 'end'],
  );
});

test('a sandbox that stops answering: every run in it crashes, a fresh sandbox replaces it and runs the next program', async () => {
  sandboxes[0].say({ type: 'loaded' });
  const first = listen();
  const second = listen();
  host.run('typescript', { source: 'hoard memory', fastForward: false }, first.listener);
  host.run('typescript', { source: 'sleep', fastForward: false }, second.listener);
  await settle();

  // Answering pings: alive, however long the runs take.
  mock.timers.tick(5000);
  assert.equal(sandboxes.length, 1);
  assert.deepEqual(first.notices, []);

  sandboxes[0].alive = false; // its process died
  mock.timers.tick(3000);
  assert.deepEqual(first.notices, [{ type: 'crashed', reason: 'unresponsive' }]);
  assert.deepEqual(second.notices, [{ type: 'crashed', reason: 'unresponsive' }]);
  assert.equal(sandboxes.length, 2, 'a fresh sandbox was opened');
  assert.equal(sandboxes[0].disposed, true, 'the dead one was thrown away');
  assert.equal(host.generation, 2);

  // The fresh one gets the worker script as soon as it listens, before any Run.
  sandboxes[1].say({ type: 'loaded' });
  await settle();
  assert.deepEqual(
    sandboxes[1].received.map((message) => message.type),
    ['install'],
  );

  const next = listen();
  const run = host.run(
    'typescript',
    { source: "console.log('recovered')", fastForward: false },
    next.listener,
  );
  await settle();
  assert.equal(sandboxes[1].runs()[0].request.source, "console.log('recovered')");
  sandboxes[1].say({
    type: 'event',
    runId: run.runId,
    event: { type: 'line', level: 'log', text: 'recovered', t: 0 },
  });
  assert.deepEqual(next.notices, [{ type: 'line', level: 'log', text: 'recovered', t: 0 }]);
  assert.equal(first.notices.length, 1, 'an ended run hears nothing more');
});

test('a sandbox that dies before it ever listens is replaced too', async () => {
  const { notices, listener } = listen();
  sandboxes[0].alive = false;
  host.run('typescript', { source: 'x', fastForward: false }, listener);
  await settle();
  mock.timers.tick(3000);
  assert.deepEqual(notices, [{ type: 'crashed', reason: 'unresponsive' }]);
  assert.equal(sandboxes.length, 2);
});

test('no runs, no pings: an idle sandbox is left alone', async () => {
  sandboxes[0].say({ type: 'loaded' });
  const { listener } = listen();
  const run = host.run('typescript', { source: 'x', fastForward: false }, listener);
  await settle();
  sandboxes[0].say({ type: 'event', runId: run.runId, event: { type: 'end', status: 'done', t: 0 } });
  sandboxes[0].alive = false;
  mock.timers.tick(10_000);
  assert.equal(sandboxes.length, 1);
  assert.equal(sandboxes[0].received.filter((message) => message.type === 'ping').length, 0);
});

test('a worker that fails to start ends its run with a crash of its own kind', async () => {
  sandboxes[0].say({ type: 'loaded' });
  const { notices, listener } = listen();
  const run = host.run('typescript', { source: 'x', fastForward: false }, listener);
  await settle();
  sandboxes[0].say({ type: 'worker-error', runId: run.runId, message: 'boom' });
  assert.deepEqual(notices, [{ type: 'crashed', reason: 'worker-error' }]);
  assert.equal(sandboxes.length, 1, 'the sandbox itself is fine');
});

/** A host whose Python install is under the test's control: each load is a promise it settles. */
function pythonHost() {
  host.dispose();
  sandboxes = [];
  const loads: {
    progress: (loaded: number, total: number) => void;
    resolve: (install: { script: string; runtime: PythonRuntimeFiles }) => void;
    reject: (error: Error) => void;
  }[] = [];
  host = createSandboxHost({
    open: openFake,
    installs: {
      typescript: () => Promise.resolve({ script: '/* worker */' }),
      python: (progress) => new Promise((resolve, reject) => loads.push({ progress, resolve, reject })),
    },
  });
  sandboxes[0].say({ type: 'loaded' });
  return loads;
}

const runtime = { 'pyodide.asm.wasm': new Blob([new Uint8Array(8)]) } as unknown as PythonRuntimeFiles;

test('Python loads only when a Python run asks: its download is reported to the run, then the runtime is installed and the run sent', async () => {
  const loads = pythonHost();
  host.prepare('typescript');
  const ts = listen();
  host.run('typescript', { source: 'ts', fastForward: false }, ts.listener);
  await settle();
  assert.equal(loads.length, 0, 'a TypeScript run loaded the Python runtime');
  const python = listen();
  const run = host.run('python', { source: 'print(1)', fastForward: true }, python.listener);
  await settle();
  assert.equal(loads.length, 1);
  loads[0].progress(5, 10);
  assert.deepEqual(python.notices, [{ type: 'loading', loaded: 5, total: 10 }]);
  assert.equal(ts.notices.length, 0, 'the twin heard the Python download');
  loads[0].resolve({ script: '/* python worker */', runtime });
  await settle();
  const installs = sandboxes[0].received.filter((message) => message.type === 'install');
  assert.deepEqual(
    installs.map((message) => [message.kind, Boolean(message.runtime)]),
    [
      ['typescript', false],
      ['python', true],
    ],
  );
  assert.deepEqual(
    sandboxes[0].runs().map((message) => [message.runId, message.kind]),
    [
      [1, 'typescript'],
      [run.runId, 'python'],
    ],
  );
});

test('a restarted sandbox gets the runtime again, without a second download', async () => {
  const loads = pythonHost();
  host.run('python', { source: 'print(1)', fastForward: false }, listen().listener);
  await settle();
  loads[0].resolve({ script: '/* python worker */', runtime });
  await settle();
  sandboxes[0].alive = false; // its process died, with the runtime in it
  mock.timers.tick(4000);
  assert.equal(sandboxes.length, 2);
  sandboxes[1].say({ type: 'loaded' });
  await settle();
  const installs = sandboxes[1].received.filter((message) => message.type === 'install');
  assert.deepEqual(
    installs.map((message) => [message.kind, message.runtime === runtime]),
    [['python', true]],
  );
  assert.equal(loads.length, 1, 'the restart downloaded the runtime again');
});

test('a failed download ends the run with a clear problem, and the next Run downloads again', async () => {
  const loads = pythonHost();
  const first = listen();
  host.run('python', { source: 'print(1)', fastForward: false }, first.listener);
  await settle();
  loads[0].reject(new Error('HTTP 503'));
  await settle();
  assert.deepEqual(
    first.notices.map((notice) => (notice.type === 'problem' ? notice.problem.kind : notice.type)),
    ['load-failed', 'end'],
  );
  assert.equal(sandboxes[0].runs().length, 0);
  host.run('python', { source: 'print(2)', fastForward: false }, listen().listener);
  await settle();
  assert.equal(loads.length, 2, 'the second Run did not try the download again');
});

test('Stop while the runtime downloads ends the run at once; it is never sent', async () => {
  const loads = pythonHost();
  const python = listen();
  const run = host.run('python', { source: 'print(1)', fastForward: false }, python.listener);
  await settle();
  run.stop();
  assert.deepEqual(python.notices, [{ type: 'stopped' }]);
  loads[0].resolve({ script: '/* python worker */', runtime });
  await settle();
  assert.equal(sandboxes[0].runs().length, 0);
});
