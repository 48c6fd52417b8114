/**
 * The light half of a live sample, in every page that has one: the code as the
 * server rendered it (highlighted, readable without JavaScript) under the
 * runner's toolbar. The editor and the sandbox load only when the reader
 * reaches for the sample (pointer, focus or touch), so pages ship no runner
 * code until then.
 */
import React, { startTransition, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import StringContent from '@theme/CodeBlock/Content/String';
import { SampleIdContext } from '@site/src/components/SamplePair/SampleIdContext';
import { openedFromShareLink } from '@site/src/runner/page/shareParams';
import { readEdit } from '@site/src/runner/page/savedEdits';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { WorkerKind } from '@site/src/runner/engine/protocol';
import IdleConsole from './IdleConsole';
import PythonNote from './PythonNote';
import Toolbar from './Toolbar';
import styles from './styles.module.css';

const loadRunner = () => import('./LiveRunner');
type Runner = Awaited<ReturnType<typeof loadRunner>>['default'];

interface Props {
  /** The language it runs: the block's own fence language. */
  kind: WorkerKind;
  code: string;
  /** The fence's meta: `live`, and line ranges to highlight (lines added to a fragment). */
  metastring?: string;
}

/** The fence language each kind's listing is highlighted as. */
const FENCE: Record<WorkerKind, string> = { typescript: 'ts', python: 'python' };

export default function LiveSample({ kind, code, metastring }: Props): ReactNode {
  // The runner, once its chunk has loaded; until then the static view stays (same DOM, so a
  // click lands). Not React.lazy in a Suspense boundary: a boundary in the server HTML hydrates
  // on its own, and when an update reaches it first (the page's switch to "browser" after
  // hydration) React throws its server HTML away and renders it again, listing included.
  const [LiveRunner, setLiveRunner] = useState<Runner | null>(null);
  const loading = useRef(false);
  const [runOnLoad, setRunOnLoad] = useState(false);
  const sampleId = useContext(SampleIdContext);
  const activate = () => {
    if (loading.current) return;
    loading.current = true;
    loadRunner().then(
      ({ default: runner }) => startTransition(() => setLiveRunner(() => runner)),
      (error: unknown) => {
        // The static view stays; the reader's next reach tries again.
        loading.current = false;
        console.error(error);
      },
    );
  };
  const locale = useDocusaurusContext().i18n.currentLocale;
  // A share link for this sample, or the reader's own edits from a last visit: load the runner
  // with that code at once (never run it), so the page does not show the article's code instead.
  useEffect(() => {
    if (openedFromShareLink(sampleId, kind)) activate();
    else if (sampleId && readEdit({ locale, sampleId, kind }) !== null) activate();
  }, [sampleId, kind, locale]);
  return (
    <div data-lang={kind} onPointerEnter={activate} onFocusCapture={activate} onTouchStart={activate}>
      {kind === 'python' ? <PythonNote /> : null}
      {LiveRunner ? (
        <LiveRunner kind={kind} code={code} sampleId={sampleId} runOnLoad={runOnLoad} />
      ) : (
        <div className={styles.sample}>
          <Toolbar status="idle" onRun={() => (setRunOnLoad(true), activate())} />
          {/* The string renderer, not @theme/CodeBlock: one HTML string, no remount (see there). */}
          <StringContent language={FENCE[kind]} metastring={metastring} className={styles.staticCode}>
            {code}
          </StringContent>
          <IdleConsole />
        </div>
      )}
    </div>
  );
}
