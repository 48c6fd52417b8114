/** The repository's own code files, for the gates that read code as text (dependencies, locales). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
const SOURCE_DIRS = ['src', 'plugins', 'config', 'tests', 'scripts', 'bench'];
const ROOT_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'eslint.config.mjs'];

/**
 * Each code file (JavaScript or TypeScript), by path from the repository root, with its text.
 * Git's list, tracked or new, so what .gitignore leaves out (the runner's bundles, whose code is
 * their dependencies') is left out here too.
 */
export function sourceFiles(): Map<string, string> {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...SOURCE_DIRS],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter(Boolean);
  const files = [...listed, ...ROOT_FILES].filter(
    (file) => /\.[cm]?[jt]sx?$/.test(file) && existsSync(join(ROOT, file)),
  );
  return new Map(files.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));
}
