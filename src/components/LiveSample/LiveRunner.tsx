/**
 * The heavy half of a live sample, loaded on demand: an editable copy of the
 * code (react-live's editor, as in @docusaurus/theme-live-codeblock), the
 * toolbar and the console. Code runs only when the reader presses Run.
 */
import React, { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Editor } from 'react-live';
import { translate } from '@docusaurus/Translate';
import { usePrismTheme } from '@docusaurus/theme-common';
import Console from './Console';
import Toolbar from './Toolbar';
import { useSandboxRun } from './useSandboxRun';
import styles from './styles.module.css';

interface Props {
  code: string;
  /** The reader pressed Run before the runner had loaded. */
  runOnLoad: boolean;
}

export default function LiveRunner({ code, runOnLoad }: Props): ReactNode {
  const prismTheme = usePrismTheme();
  const host = useRef<HTMLDivElement>(null);
  const editorBox = useRef<HTMLDivElement>(null);
  const source = useRef(code);
  const [editorKey, setEditorKey] = useState(0);
  const [fastForward, setFastForward] = useState(false);
  const sandboxTitle = translate({
    id: 'liveSample.sandboxTitle',
    message: 'Sandbox that runs the sample',
    description: 'Title of the hidden sandbox iframe',
  });
  const { status, entries, total, run, stop } = useSandboxRun(host, sandboxTitle);

  const start = useCallback(() => run(source.current, fastForward), [run, fastForward]);

  useEffect(() => {
    if (runOnLoad) start();
    // Only on mount: a click on the static Run button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // react-live's editor renders a contenteditable <pre> and takes no props for it.
  useEffect(() => {
    const pre = editorBox.current?.querySelector('pre');
    pre?.setAttribute('data-testid', 'editor');
    pre?.setAttribute(
      'aria-label',
      translate({
        id: 'liveSample.editor',
        message: 'TypeScript code (editable)',
        description: 'Accessible name of the code editor',
      }),
    );
    pre?.setAttribute('role', 'textbox');
    pre?.setAttribute('aria-multiline', 'true');
  }, [editorKey]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      if (status !== 'running') start();
    } else if (event.key === 'Escape') {
      // The editor keeps Tab for indenting; Esc hands focus back to the page.
      event.preventDefault();
      (event.target as HTMLElement).blur();
      host.current?.querySelector<HTMLElement>('[data-action="run"]')?.focus();
    }
  };

  return (
    <div ref={host} className={styles.sample}>
      <Toolbar
        status={status}
        onRun={start}
        onStop={stop}
        onReset={() => {
          source.current = code;
          setEditorKey((key) => key + 1);
        }}
        onCopy={() => void navigator.clipboard?.writeText(source.current)}
        fastForward={fastForward}
        onToggleFastForward={() => setFastForward((on) => !on)}
      />
      <div ref={editorBox} className={styles.editor} onKeyDownCapture={onKeyDown}>
        <Editor
          key={editorKey}
          code={source.current}
          language="typescript"
          theme={prismTheme}
          onChange={(value: string) => (source.current = value)}
        />
      </div>
      <Console status={status} entries={entries} total={total} />
    </div>
  );
}
