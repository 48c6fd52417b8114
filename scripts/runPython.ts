/**
 * Runs a Python sample the way the census did: unbuffered (`-u`), stdout and
 * stderr merged in the order they were written, stopped after a time limit.
 * One difference: scripts/python/sitecustomize.py writes whole lines, as a
 * terminal does, so lines printed by two threads at once never merge.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface PythonRun {
  output: string;
  exitCode: number | null;
  timedOut: boolean;
}

const SITE_CUSTOMIZE = join(__dirname, 'python');

export function runPython(python: string, file: string, timeoutMs = 60_000): Promise<PythonRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONPATH: SITE_CUSTOMIZE };
    const child = spawn(python, ['-u', file], { env });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ output: normalizePaths(output, file), exitCode, timedOut });
    });
  });
}

/**
 * Golden files hold no machine paths: the sample's folder becomes `<sample>` and the standard
 * library `<stdlib>`, as in the census.
 */
export function normalizePaths(output: string, file: string): string {
  return output
    .split(dirname(file))
    .join('<sample>')
    .replace(/(File ")[^"]*\/lib\/python3\.\d+\//g, '$1<stdlib>/');
}

/** The CPython versions every sample must run on. */
export const PYTHON_VERSIONS = ['3.11', '3.12', '3.13'] as const;

/**
 * Finds an interpreter per version: pyenv's (as on this kind of machine), else
 * `python3.X` on PATH. Versions with neither are left out, and the caller says so.
 */
export function findPythons(): Map<string, string> {
  const found = new Map<string, string>();
  const pyenvVersions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  const installed = existsSync(pyenvVersions) ? readdirSync(pyenvVersions) : [];
  for (const version of PYTHON_VERSIONS) {
    const match = installed
      .filter((name) => name.startsWith(`${version}.`))
      .sort()
      .pop();
    if (match) found.set(version, join(pyenvVersions, match, 'bin', 'python3'));
  }
  return found;
}
