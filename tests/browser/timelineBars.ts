/**
 * Reads a side's timeline through its DOM contract (issue 15): `[data-testid="timeline"]` in the
 * side's block, each bar with data-bar, data-kind, data-start, data-end, data-lane and an
 * accessible name. Checks what holds for every bar on the way, so each caller gets it for free.
 */
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import type { SpanKind } from '../../src/runner/engine/protocol';

export interface Bar {
  kind: SpanKind;
  start: number;
  end: number | null;
  lane: string;
  name: string;
}

const KINDS: readonly string[] = ['wait', 'busy', 'task', 'thread'] satisfies SpanKind[];

export async function readBars(block: Locator): Promise<Bar[]> {
  const bars = await block.locator('[data-testid="timeline"] [data-bar]').evaluateAll((nodes) =>
    nodes.map((node) => ({
      kind: node.getAttribute('data-kind') ?? '',
      start: Number(node.getAttribute('data-start')),
      end: node.getAttribute('data-end') === '' ? null : Number(node.getAttribute('data-end')),
      lane: node.getAttribute('data-lane') ?? '',
      name: node.getAttribute('aria-label') ?? '',
    })),
  );
  for (const bar of bars) {
    assert.ok(KINDS.includes(bar.kind), `a bar of kind "${bar.kind}"`);
    assert.ok(
      bar.start >= 0 && (bar.end === null || bar.end >= bar.start),
      `bar times ${bar.start}–${bar.end}`,
    );
    assert.ok(bar.name.length > 0, 'every bar has an accessible name');
  }
  return bars as Bar[];
}

export const barsOf = (bars: Bar[], kind: SpanKind) => bars.filter((bar) => bar.kind === kind);
