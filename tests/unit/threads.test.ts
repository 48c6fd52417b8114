/**
 * toThread and startThread (samples/lib/thread.ts) through the runner in Node:
 * real parallelism, results and errors come back, messages go both ways in
 * order, a thread's prints reach the console, the clock waits for threads even
 * under fast-forward, and an import the runner cannot provide is reported.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RunEvent } from '../../src/runner/engine/protocol';
import { printedText, runInNode } from '../../src/runner/node/runInNode';

const lines = (events: RunEvent[]) => events.flatMap((event) => (event.type === 'line' ? [event] : []));

test('two blocking jobs on two threads overlap, and the event loop keeps ticking meanwhile', async () => {
  const run = await runInNode(
    [
      "import { toThread } from './thread.ts';",
      'function block(ms: number): number { const end = Date.now() + ms; while (Date.now() < end) {} return ms; }',
      'const start = Date.now();',
      "const ticker = setInterval(() => console.log('tick'), 100);",
      'const results = await Promise.all([toThread(block, 400), toThread(block, 400)]);',
      'clearInterval(ticker);',
      "console.log('results', results, 'overlapped', Date.now() - start < 700);",
    ].join('\n'),
    { fastForward: true },
  );
  assert.equal(run.status, 'done', JSON.stringify(run.events));
  const printed = lines(run.events);
  assert.equal(printed.at(-1)?.text, 'results [ 400, 400 ] overlapped true');
  // Fast-forward does not skip ahead while threads work: ticks come at real 100 ms steps.
  assert.ok(printed.filter((line) => line.text === 'tick').length >= 2, printedText(run.events));
  assert.ok(printed.at(-1)!.t >= 400 && printed.at(-1)!.t < 700, `ended at ${printed.at(-1)!.t}`);
});

test('an error thrown on the thread rejects the await', async () => {
  const run = await runInNode(
    [
      "import { toThread } from './thread.ts';",
      "try { await toThread(() => { throw new Error('thread failed'); }); } catch (error) { console.log('caught', (error as Error).message); }",
    ].join('\n'),
  );
  assert.equal(printedText(run.events), 'caught thread failed\n');
});

test('startThread: messages go both ways in order, the thread prints to the same console, done gets the result', async () => {
  const run = await runInNode(
    [
      "import { startThread } from './thread.ts';",
      'const thread = await startThread<number, string>(async (port) => {',
      "  console.log('thread: started');",
      "  port.postMessage('early'); // sent before the main side listens: must not be lost",
      '  let sum = 0;',
      '  for (let i = 0; i < 3; i++) {',
      '    const n = await port.nextMessage();',
      '    console.log(`thread: got ${n}`);',
      '    sum += n;',
      '  }',
      "  port.postMessage('sum ' + sum);",
      '  return sum * 10;',
      '});',
      "console.log('main: thread is running');",
      "thread.onmessage = (message) => console.log('main: got', message);",
      'for (const n of [1, 2, 3]) thread.postMessage(n);',
      "console.log('main: done with', await thread.done);",
    ].join('\n'),
    { fastForward: true },
  );
  assert.equal(run.status, 'done', JSON.stringify(run.events));
  assert.equal(
    printedText(run.events),
    [
      'thread: started',
      'main: thread is running',
      'main: got early',
      'thread: got 1',
      'thread: got 2',
      'thread: got 3',
      'main: got sum 6',
      'main: done with 60',
      '',
    ].join('\n'),
  );
});

test('startThread: a thread that fails before it runs rejects the start; one that fails later rejects done', async () => {
  const run = await runInNode(
    [
      "import { startThread } from './thread.ts';",
      "try { await startThread(() => { throw new Error('bad start'); }); } catch (error) { console.log('start:', (error as Error).message); }",
      'const thread = await startThread(async (port) => {',
      '  await port.nextMessage();',
      "  throw new Error('bad job');",
      '});',
      "thread.postMessage('go');",
      "try { await thread.done; } catch (error) { console.log('done:', (error as Error).message); }",
    ].join('\n'),
  );
  assert.equal(run.status, 'done', JSON.stringify(run.events));
  assert.equal(printedText(run.events), 'start: bad start\ndone: bad job\n');
});

test('startThread: a thread that waits forever holds the program until it is terminated', async () => {
  const run = await runInNode(
    [
      "import { startThread } from './thread.ts';",
      'const thread = await startThread(async (port) => { while (true) await port.nextMessage(); });',
      "setTimeout(() => { console.log('stopping'); thread.terminate(); }, 300);",
    ].join('\n'),
    { fastForward: true },
  );
  assert.equal(run.status, 'done', JSON.stringify(run.events));
  const stopped = lines(run.events).find((line) => line.text === 'stopping');
  // Fast-forward would jump the 300 ms at once; the live thread holds the clock to real time.
  assert.ok(stopped && stopped.t >= 250, JSON.stringify(run.events));
});

test('an import the runner cannot provide is a clear error', async () => {
  const run = await runInNode("import { x } from './missing.ts';\nconsole.log(x);");
  assert.equal(run.status, 'error');
  const problem = run.events.find((event) => event.type === 'problem');
  assert.match(
    JSON.stringify(problem),
    /Cannot import '.\/missing.ts': the runner provides '.\/thread.ts', 'node:timers\/promises', 'timers\/promises' only/,
  );
});
