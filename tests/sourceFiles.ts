/** The repository's own code files, for the gates that read code as text (dependencies, locales). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
const SOURCE_DIRS = ['src', 'plugins', 'config', 'tests', 'scripts', 'bench'];
const ROOT_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'eslint.config.mjs'];
/** Written by scripts/buildRunner.mjs: a bundle, whose code is its dependencies'. */
const GENERATED = join('src', 'runner', 'sandbox', 'generated');

/** Each code file (JavaScript or TypeScript), by path from the repository root, with its text. */
export function sourceFiles(): Map<string, string> {
  const inDirs = SOURCE_DIRS.flatMap((dir) =>
    (readdirSync(join(ROOT, dir), { recursive: true }) as string[]).map((file) => join(dir, file)),
  );
  const files = [...inDirs, ...ROOT_FILES].filter(
    (file) => /\.[cm]?[jt]sx?$/.test(file) && !file.startsWith(GENERATED) && existsSync(join(ROOT, file)),
  );
  return new Map(files.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));
}
