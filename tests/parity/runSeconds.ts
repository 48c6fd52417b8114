/**
 * How long each sample's Python runs, in seconds (CPython 3.11, its locales at once), as
 * `npm run regen:expected` last measured it: runSeconds.json. Parity's sleeping runs share a few
 * slots, and a 20 s run started last would end the phase alone; started first, it sleeps while the
 * short ones pass through the other slots. Only the order depends on it: a stale figure costs time,
 * never a result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(__dirname, 'runSeconds.json');

export function readRunSeconds(): Record<string, number> {
  return JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, number>;
}

/** Merges new figures into runSeconds.json, one decimal each, sorted by id. */
export function recordRunSeconds(measured: Record<string, number>): void {
  const merged = { ...readRunSeconds(), ...measured };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((id) => [id, Math.round(merged[id] * 10) / 10]),
  );
  writeFileSync(FILE, `${JSON.stringify(sorted, null, 2)}\n`);
}

/**
 * The ids, longest run first. One not yet measured goes first: a new sample may be long, and
 * starting a short one early costs little.
 */
export function longestFirst(ids: string[], seconds = readRunSeconds()): string[] {
  const of = (id: string) => seconds[id] ?? Infinity;
  return [...ids].sort((a, b) => of(b) - of(a));
}
