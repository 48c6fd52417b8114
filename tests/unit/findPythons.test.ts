/**
 * Finding CPython: pyenv's versions first, else `python3.X` on PATH; and a
 * missing version fails the parity suite with how to get it, rather than
 * skipping that version's runs with a warning nobody reads.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { findPythons, requirePythons } from '../../scripts/runPython';

const ROOT = join(__dirname, '..', '..');

function emptyFolder(): string {
  return mkdtempSync(join(tmpdir(), 'find-pythons-'));
}

/** An executable file that stands in for an interpreter (findPythons only looks, never runs). */
function fakeExecutable(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
}

test('with no pyenv versions and nothing on PATH, every version is missing, and requirePythons says how to get each', () => {
  const found = findPythons({ PYENV_ROOT: emptyFolder(), PATH: '' });
  assert.deepEqual([...found.keys()], []);
  assert.throws(
    () => requirePythons(found),
    (error: Error) => {
      for (const version of ['3.11', '3.12', '3.13']) {
        assert.match(error.message, new RegExp(`pyenv install ${version.replace('.', '\\.')}`));
        assert.match(error.message, new RegExp(`python${version.replace('.', '\\.')}`));
      }
      return true;
    },
  );
});

test('python3.X on PATH serves a version pyenv lacks; pyenv wins where it has one, its newest patch release', () => {
  const pyenvRoot = emptyFolder();
  fakeExecutable(join(pyenvRoot, 'versions', '3.11.9', 'bin', 'python3'));
  fakeExecutable(join(pyenvRoot, 'versions', '3.11.10', 'bin', 'python3'));
  const bin = emptyFolder();
  fakeExecutable(join(bin, 'python3.11'));
  fakeExecutable(join(bin, 'python3.12'));
  writeFileSync(join(bin, 'python3.13'), 'not executable');
  const found = findPythons({ PYENV_ROOT: pyenvRoot, PATH: ['/no/such/folder', bin].join(':') });
  assert.equal(found.get('3.11'), join(pyenvRoot, 'versions', '3.11.10', 'bin', 'python3'));
  assert.equal(found.get('3.12'), join(bin, 'python3.12'));
  assert.equal(found.has('3.13'), false, 'a python3.13 that cannot be executed is not an interpreter');
  assert.throws(() => requirePythons(found), /missing here: 3\.13\.[\s\S]*pyenv install 3\.13/);
});

test('the parity suite fails, with how to get CPython, when a version is missing', () => {
  // An empty PATH and pyenv root: no CPython anywhere (Node is started by its full path).
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=tap', 'tests/parity/samples.test.ts'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: emptyFolder(), PYENV_ROOT: emptyFolder(), SAMPLES: 's1-01-async01-myfunc' },
    },
  );
  assert.notEqual(run.status, 0, `the parity suite passed without CPython:\n${run.stdout}`);
  for (const version of ['3.11', '3.12', '3.13']) {
    assert.match(run.stdout + run.stderr, new RegExp(`pyenv install ${version.replace('.', '\\.')}`));
  }
});
