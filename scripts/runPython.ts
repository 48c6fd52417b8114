/**
 * Runs a Python sample the way the census did: unbuffered (`-u`), stdout and
 * stderr merged in the order they were written, stopped after a time limit.
 * One difference: scripts/python/sitecustomize.py writes whole lines, as a
 * terminal does, so lines printed by two threads at once never merge.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

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

/** Where to look for interpreters: pyenv's root and PATH (the environment's, unless a test passes its own). */
export interface PythonSearch {
  PYENV_ROOT?: string;
  PATH?: string;
}

/**
 * Finds an interpreter per version: pyenv's newest patch release of it (as on
 * this kind of machine), else the first executable `python3.X` on PATH. Versions
 * with neither are left out: `requirePythons` turns that into an error.
 */
export function findPythons(search: PythonSearch = process.env): Map<string, string> {
  const found = new Map<string, string>();
  const pyenvVersions = join(search.PYENV_ROOT || join(homedir(), '.pyenv'), 'versions');
  const installed = existsSync(pyenvVersions) ? readdirSync(pyenvVersions) : [];
  for (const version of PYTHON_VERSIONS) {
    const match = installed
      .filter(
        (name) => name.startsWith(`${version}.`) && isExecutable(join(pyenvVersions, name, 'bin', 'python3')),
      )
      .sort(byPatchRelease)
      .pop();
    const python = match
      ? join(pyenvVersions, match, 'bin', 'python3')
      : onPath(`python${version}`, search.PATH);
    if (python) found.set(version, python);
  }
  return found;
}

/** The CPython for each supported version, or an error that names the missing ones and how to get them. */
export function requirePythons(found = findPythons()): Map<string, string> {
  const missing = PYTHON_VERSIONS.filter((version) => !found.has(version));
  if (missing.length > 0) {
    throw new Error(
      [
        `parity needs CPython ${PYTHON_VERSIONS.join(', ')}; missing here: ${missing.join(', ')}.`,
        `Install with pyenv (found under $PYENV_ROOT/versions, default ~/.pyenv/versions): ${missing.map((v) => `pyenv install ${v}`).join('; ')}`,
        `or put ${missing.map((v) => `python${v}`).join(', ')} on PATH.`,
      ].join('\n'),
    );
  }
  return found;
}

/** "3.12.10" after "3.12.9": compares the patch numbers, not the text. */
function byPatchRelease(a: string, b: string): number {
  const patch = (name: string) => Number(name.split('.')[2]?.match(/^\d+/)?.[0] ?? -1);
  return patch(a) - patch(b);
}

/** The first executable `name` in PATH's folders, as a shell would find it (no `which` needed). */
function onPath(name: string, path = ''): string | undefined {
  return path
    .split(delimiter)
    .filter(Boolean)
    .map((folder) => join(folder, name))
    .find(isExecutable);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
