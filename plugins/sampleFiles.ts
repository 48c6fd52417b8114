/**
 * Where a sample pair's files live. One folder per census id under samples/:
 * `<locale>.py` and `<locale>.ts` (the same program, commented and worded per
 * locale), `sample.json` (how to compare its output) and `expected/<locale>.txt`
 * (what CPython printed). The site, the tests and the scripts all read them here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../config/locales.mjs';

export type Language = 'py' | 'ts';

export const SAMPLES_DIR = resolve(__dirname, '..', 'samples');

/** A run-to-run variation that the comparison forgives, declared per sample. */
export interface Tolerance {
  /** A regular expression whose groups are numbers that vary between runs. */
  pattern: string;
  /** How far each group's number may stray from the expected value: one bound for all, or one per group. */
  within: number | number[];
  /** Why it varies (shown when the comparison fails). */
  why: string;
}

export interface SampleMeta {
  /** The census id, also the folder name. */
  id: string;
  /** The seed article it comes from. */
  seed: string;
  tolerances: Tolerance[];
  /**
   * Lines added to complete a fragment into a runnable program, per language, as Docusaurus line
   * ranges ("1-3,9"). The page highlights them; every locale variant has the same line numbers.
   */
  added?: { py?: string; ts?: string };
  /** Set when the lines' order varies between runs (random sleeps, racing threads): why it does. */
  unordered?: string;
  /**
   * Lines due at the same moment, whose order is a race (two threads, or two timers set for the same
   * instant): consecutive lines that each match one of `lines` (regular expressions) may come in
   * any order. Everything else keeps its place.
   */
  races?: Race[];
  /**
   * The runs that must have the machine to themselves, per language, each with why: CPU-bound runs
   * (a busy loop standing in for a blocking call, threads that compute) whose timings stray past
   * their tolerances when other runs share the cores, and which would slow the timed runs beside
   * them. The parity tests run these after the rest, each with the cores it keeps busy (coresBusy)
   * to itself; everything else runs together.
   */
  runAlone?: { py?: string; ts?: string };
  /**
   * How many cores a runAlone run keeps busy, when it is one (a single busy loop): two such runs
   * share a 2-core machine, each on a core of its own, since each times itself by the wall clock.
   * Unset, a runAlone run has every core to itself (threads that compute, processes).
   */
  coresBusy?: 1;
  /**
   * Whether the Python runs in the page (CPython 3.14 on WebAssembly, Pyodide) as CPython runs it:
   * `"runs"`, or what it needs that the browser's Python lacks and why. Tested both ways in the
   * browser (tests/browser/timed/python.test.ts): a sample that runs prints its expected output there; one
   * that does not really fails or differs, and its page shows the output CPython printed instead.
   */
  pythonInPage: 'runs' | { needs: PythonNeed; why: string };
}

/** What the browser's Python cannot do: start threads or processes, open sockets, take signals. */
export type PythonNeed = 'threads' | 'processes' | 'sockets' | 'signals';

export interface Race {
  lines: string[];
  why: string;
}

export function samplePath(id: string, ...parts: string[]): string {
  return join(SAMPLES_DIR, id, ...parts);
}

/** Every sample id, or those named in SAMPLES=id,id (to test a few while writing them). */
export function listSampleIds(): string[] {
  const only = process.env.SAMPLES?.split(',').filter(Boolean);
  return readdirSync(SAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(SAMPLES_DIR, entry.name, 'sample.json')))
    .map((entry) => entry.name)
    .filter((id) => !only || only.includes(id))
    .sort();
}

export function readMeta(id: string): SampleMeta {
  return JSON.parse(readFileSync(samplePath(id, 'sample.json'), 'utf8')) as SampleMeta;
}

export function variantFile(id: string, locale: Locale, language: Language): string {
  return samplePath(id, `${locale}.${language}`);
}

/** The Python as the article printed it, when the site had to change it (shown under "As published"). */
export function publishedFile(id: string): string {
  return samplePath(id, 'published.py');
}

export function expectedFile(id: string, locale: Locale): string {
  return samplePath(id, 'expected', `${locale}.txt`);
}
