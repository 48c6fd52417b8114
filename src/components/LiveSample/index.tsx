/**
 * The light half of a live sample, in every page that has one: the code as the
 * server rendered it (highlighted, readable without JavaScript) under the
 * runner's toolbar. The editor and the sandbox load only when the reader
 * reaches for the sample (pointer, focus or touch), so pages ship no runner
 * code until then.
 */
import React, {
  lazy,
  startTransition,
  Suspense,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import OriginalCodeBlock from '@theme-init/CodeBlock';
import { SampleIdContext } from '@site/src/components/SamplePair/SampleIdContext';
import { sharedSampleId } from '@site/src/runner/page/shareParams';
import Console from './Console';
import Toolbar from './Toolbar';
import styles from './styles.module.css';

const loadRunner = () => import('./LiveRunner');
const LiveRunner = lazy(loadRunner);

interface Props {
  code: string;
  /** The fence's meta: `live`, and line ranges to highlight (lines added to a fragment). */
  metastring?: string;
}

export default function LiveSample({ code, metastring }: Props): ReactNode {
  const [active, setActive] = useState(false);
  const [runOnLoad, setRunOnLoad] = useState(false);
  const [fromLink, setFromLink] = useState(false);
  const sampleId = useContext(SampleIdContext);
  // A transition keeps the static view on screen (same DOM, so a click lands)
  // until the runner has loaded and can take its place.
  const activate = () => {
    if (active) return;
    void loadRunner();
    startTransition(() => setActive(true));
  };
  // A share link for this sample: load the runner with the shared code (never run it).
  useEffect(() => {
    if (sampleId !== null && sharedSampleId(window.location.search) === sampleId) {
      setFromLink(true);
      activate();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sampleId]);
  const staticView = (
    <div className={styles.sample}>
      <Toolbar status="idle" onRun={() => (setRunOnLoad(true), activate())} />
      <OriginalCodeBlock language="ts" metastring={metastring} className={styles.staticCode}>
        {code}
      </OriginalCodeBlock>
      <Console status="idle" entries={[]} total={null} />
    </div>
  );
  return (
    <div onPointerEnter={activate} onFocusCapture={activate} onTouchStart={activate}>
      <Suspense fallback={staticView}>
        {active ? (
          <LiveRunner code={code} sampleId={sampleId} runOnLoad={runOnLoad} fromLink={fromLink} />
        ) : (
          staticView
        )}
      </Suspense>
    </div>
  );
}
