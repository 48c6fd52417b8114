/**
 * Under fast-forward a sample's `Date` reads the virtual clock, and is still the
 * `Date` of JavaScript: callable without `new` (a string), `Date.parse`, `instanceof`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createVirtualDate } from '../../src/runner/engine/createClock';
import { printedText, runInNode } from '../../src/runner/node/runInNode';

const HOUR = 3_600_000;

test('fast-forward: Date() and new Date() give the virtual now, new Date(x) is x', async () => {
  const program = `const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const before = Date.now();
await sleep(${HOUR});
console.log(JSON.stringify({
  called: Date(),
  calledWithArgument: Date(0),
  now: Date.now(),
  created: new Date().getTime(),
  given: new Date(0).getTime(),
  fromParts: new Date(2020, 0, 2).getDate(),
  isDate: new Date() instanceof Date && new Date(0) instanceof Date,
  slept: Date.now() - before,
}));`;
  const run = await runInNode(program, { fastForward: true });
  const realNow = Date.now();
  assert.equal(run.status, 'done', JSON.stringify(run.events));
  const seen = JSON.parse(printedText(run.events)) as Record<string, unknown>;
  assert.equal(typeof seen.called, 'string');
  // Date() ignores its arguments (ECMA-262 §21.4.2.1) and has whole seconds.
  for (const key of ['called', 'calledWithArgument'] as const) {
    const at = Date.parse(seen[key] as string);
    assert.ok(
      Math.abs(at - (seen.now as number)) < 1500,
      `${key}: ${String(seen[key])} is not the virtual now`,
    );
  }
  assert.ok((seen.now as number) - realNow > HOUR - 5000, 'Date.now() is an hour ahead of the wall clock');
  assert.ok(Math.abs((seen.created as number) - (seen.now as number)) < 50, 'new Date() is the virtual now');
  assert.equal(seen.given, 0);
  assert.equal(seen.fromParts, 2);
  assert.equal(seen.isDate, true);
  assert.ok((seen.slept as number) >= HOUR, `slept ${String(seen.slept)} ms`);
});

test("the virtual Date keeps the real one's statics and can be extended", () => {
  let now = Date.UTC(2001, 1, 3, 4, 5, 6);
  const VirtualDate = createVirtualDate(Date, () => now);
  assert.equal(VirtualDate.now(), now);
  assert.equal(new VirtualDate().getTime(), now);
  now += 1000;
  assert.equal((VirtualDate as unknown as () => string)(), new Date(now).toString());
  assert.equal(VirtualDate.UTC(1970, 0, 1), 0);
  assert.equal(VirtualDate.parse('1970-01-01T00:00:01Z'), 1000);
  class Stamp extends VirtualDate {}
  const stamp = new Stamp();
  assert.ok(stamp instanceof Stamp && stamp instanceof VirtualDate && stamp instanceof Date);
  assert.equal(stamp.getTime(), now);
});
