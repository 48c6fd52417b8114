/**
 * The first Python Run's wait, said as it happens: the runtime's download
 * (percent of its bytes), then the interpreter starting.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { Preparing } from './useSandboxRun';
import styles from './styles.module.css';

export default function PythonLoading({ preparing }: { preparing: NonNullable<Preparing> }): ReactNode {
  const percent =
    preparing.phase === 'download'
      ? Math.floor((preparing.loaded / Math.max(1, preparing.total)) * 100)
      : null;
  const label =
    percent === null
      ? translate({
          id: 'liveSample.python.starting',
          message: 'Starting Python…',
          description: 'The Python interpreter is starting before the first run',
        })
      : translate(
          {
            id: 'liveSample.python.downloading',
            message: 'Downloading Python: {percent}%',
            description: 'Progress of the Python runtime download',
          },
          { percent },
        );
  return (
    <div className={styles.loading} data-testid="python-loading" data-phase={preparing.phase} role="status">
      <progress max={100} value={percent ?? undefined} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
