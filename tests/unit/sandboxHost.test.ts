/**
 * The page's sandbox host, driven through a fake transport and Node's mock
 * timers: runs are routed by id, Stop ends one run only, and a sandbox that
 * stops answering ends every run in it with a crash and is replaced by a fresh
 * one that runs the next program.
 */
import assert from 'node:assert/strict';
import { beforeEach, afterEach, mock, test } from 'node:test';
import type { FromSandbox, RunNotice, ToSandbox } from '../../src/runner/engine/protocol';
import { createSandboxHost, type SandboxHost } from '../../src/runner/page/createSandboxHost';

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

beforeEach(() => {
  mock.timers.enable({ apis: ['setInterval'] });
  sandboxes = [];
  host = createSandboxHost({
    open(onMessage) {
      const sandbox = new FakeSandbox(onMessage);
      sandboxes.push(sandbox);
      return { post: (message) => sandbox.post(message), dispose: () => (sandbox.disposed = true) };
    },
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
