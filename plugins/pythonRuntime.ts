/**
 * The Python runtime (npm package `pyodide`: CPython compiled to WebAssembly),
 * served from the site itself, once, at `/pyodide/<version>/`.
 *
 * Not through `static/`: Docusaurus copies `static/` into every locale's build,
 * three copies of 13 MB, and a reader who switched language would download it
 * again. Each locale's build puts it at the site's root instead (the same files
 * every time), and the page learns its URL and file sizes at build time
 * (`__PYTHON_RUNTIME__`): the sizes let the first Run show its progress. The
 * path carries the version, so a host may cache it for good. The dev server
 * (`npm start`) serves the same URL straight from the package's folder.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PythonRuntimeFiles } from '../src/runner/engine/protocol';
import { isLocale, LOCALE_PREFIX } from '../config/locales.mjs';

const PACKAGE_DIR = dirname(require.resolve('pyodide/package.json'));
const { version } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
  version: string;
};

/** What the page needs to know about the runtime (see src/runner/page/pythonRuntime.ts). */
export interface PythonRuntimeInfo {
  version: string;
  /** Where the files are, from the site's root, whatever the locale. */
  url: string;
  /** Each file's size in bytes, as served uncompressed. */
  sizes: Record<keyof PythonRuntimeFiles, number>;
}

export const RUNTIME_FILES: (keyof PythonRuntimeFiles)[] = [
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

export function pythonRuntimeInfo(siteBaseUrl: string): PythonRuntimeInfo {
  const sizes = Object.fromEntries(
    RUNTIME_FILES.map((file) => [file, statSync(join(PACKAGE_DIR, file)).size]),
  ) as PythonRuntimeInfo['sizes'];
  return { version, url: `${siteBaseUrl}pyodide/${version}/`, sizes };
}

/**
 * The site's root URL and folder, from a locale's: '/en/' and build/en → '/' and build. A build or
 * dev server of one locale alone (`--locale en`) puts that locale at the root.
 */
function siteRoot({ baseUrl, outDir, i18n }: LoadContext): { url: string; dir: string } {
  const locale = i18n.currentLocale;
  const prefix = isLocale(locale) ? LOCALE_PREFIX[locale] : '';
  if (!prefix || !baseUrl.endsWith(`${prefix}/`)) return { url: baseUrl, dir: outDir };
  return {
    url: baseUrl.slice(0, baseUrl.length - prefix.length),
    dir: resolve(outDir, relative(prefix, '/')),
  };
}

export default function pythonRuntime(context: LoadContext): Plugin {
  const root = siteRoot(context);
  const info = pythonRuntimeInfo(root.url);
  return {
    name: 'python-runtime',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        plugins: [new currentBundler.instance.DefinePlugin({ __PYTHON_RUNTIME__: JSON.stringify(info) })],
        // Only `docusaurus start` reads this (it merges a plugin's devServer into its own, and adds
        // this folder to its static ones); a build copies the files in postBuild below.
        devServer: {
          static: [{ publicPath: info.url, directory: PACKAGE_DIR, watch: false }],
        },
      };
    },
    postBuild() {
      const target = join(root.dir, 'pyodide', version);
      mkdirSync(target, { recursive: true });
      for (const file of RUNTIME_FILES) copyFileSync(join(PACKAGE_DIR, file), join(target, file));
    },
  };
}
