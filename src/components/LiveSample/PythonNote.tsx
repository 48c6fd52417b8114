/**
 * What running Python here costs, said before the first Run: a download of
 * about 6 MB, once (the light half shows it, so the reader knows before the
 * runner loads). Where the browser cannot run it (no WebAssembly stack
 * switching) it says so instead, and nothing is downloaded.
 */
import React, { type ReactNode } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Known at build time (plugins/pythonRuntime.ts): the runtime's files, as a host compresses them. */
const DOWNLOAD_MB = 6;

export function canRunPythonHere(): boolean {
  return (
    typeof WebAssembly === 'object' &&
    typeof (WebAssembly as { Suspending?: unknown }).Suspending === 'function'
  );
}

export default function PythonNote(): ReactNode {
  const isBrowser = useIsBrowser();
  const supported = !isBrowser || canRunPythonHere();
  return (
    <p className={styles.pythonNote} data-python-note={supported ? 'cost' : 'unsupported'}>
      {supported
        ? translate(
            {
              id: 'liveSample.python.cost',
              message:
                'This Python runs in your browser (CPython 3.14, Pyodide). The first Run downloads about {mb} MB, once for the whole site.',
              description: 'Before the first Python run: what it costs',
            },
            { mb: DOWNLOAD_MB },
          )
        : translate({
            id: 'liveSample.python.unsupported',
            message:
              'This browser cannot run Python here: it lacks WebAssembly stack switching, which asyncio.run() needs. Nothing was downloaded. Current Chrome and Edge have it.',
            description: 'The browser lacks JSPI, so Python cannot run',
          })}
    </p>
  );
}
