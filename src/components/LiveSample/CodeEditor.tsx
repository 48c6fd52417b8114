/**
 * The editable code: react-live's editor (the one @docusaurus/theme-live-codeblock
 * uses), with the accessibility and test hooks it takes no props for, and the
 * runner's keys: Ctrl/Cmd+Enter runs, Esc leaves the editor (it keeps Tab for
 * indenting, react-live #19).
 */
import React, { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Editor } from 'react-live';
import { translate } from '@docusaurus/Translate';
import { usePrismTheme } from '@docusaurus/theme-common';
import type { WorkerKind } from '@site/src/runner/engine/protocol';
import styles from './styles.module.css';

interface Props {
  kind: WorkerKind;
  code: string;
  onChange: (code: string) => void;
  onRun: () => void;
  /** Where focus goes on Esc. */
  onEscape: () => void;
  /** A line (1-based) to light, e.g. the one a timeline bar came from. */
  highlightLine?: number | null;
}

export default function CodeEditor({
  kind,
  code,
  onChange,
  onRun,
  onEscape,
  highlightLine,
}: Props): ReactNode {
  const prismTheme = usePrismTheme();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const pre = box.current?.querySelector('pre');
    if (!pre) return;
    pre.setAttribute('data-testid', 'editor');
    // use-editable commits an edit on keyup (and paste) only, so edits without a key (drag and
    // drop, the context menu's cut, autocorrect, automation's fill()) would be lost: commit on input.
    const commit = (event: Event) => {
      if (!(event as InputEvent).isComposing) pre.dispatchEvent(new KeyboardEvent('keyup'));
    };
    pre.addEventListener('input', commit);
    pre.setAttribute('role', 'textbox');
    pre.setAttribute('aria-multiline', 'true');
    pre.setAttribute(
      'aria-label',
      kind === 'python'
        ? translate({
            id: 'liveSample.editor.python',
            message: 'Python code (editable)',
            description: 'Accessible name of the Python code editor',
          })
        : translate({
            id: 'liveSample.editor',
            message: 'TypeScript code (editable)',
            description: 'Accessible name of the code editor',
          }),
    );
    return () => pre.removeEventListener('input', commit);
  }, [kind]);

  // react-live draws each line as a `.token-line` child of the <pre>; it takes no prop for this.
  useEffect(() => {
    const lines = box.current?.querySelectorAll('pre > .token-line');
    const line = highlightLine ? lines?.[highlightLine - 1] : undefined;
    line?.setAttribute('data-highlighted', '');
    return () => line?.removeAttribute('data-highlighted');
  }, [highlightLine]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      onRun();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      (event.target as HTMLElement).blur();
      onEscape();
    }
  };

  return (
    <div ref={box} className={styles.editor} onKeyDownCapture={onKeyDown}>
      <Editor code={code} language={kind} theme={prismTheme} onChange={onChange} />
    </div>
  );
}
