/**
 * The editable code: react-live's editor (the one @docusaurus/theme-live-codeblock
 * uses), with the accessibility and test hooks it takes no props for, and the
 * runner's keys: Ctrl/Cmd+Enter runs, Esc leaves the editor (it keeps Tab for
 * indenting, react-live #19). Its handle puts the caret on a line and column,
 * for the console's error positions.
 */
import React, {
  memo,
  useEffect,
  useImperativeHandle,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { Editor } from 'react-live';
import { translate } from '@docusaurus/Translate';
import { usePrismTheme } from '@docusaurus/theme-common';
import type { WorkerKind } from '@site/src/runner/engine/protocol';
import styles from './styles.module.css';

export interface CodeEditorHandle {
  /**
   * Focuses the editor with the caret on `line` (1-based) at `column` (1-based; null: the line's
   * first non-blank character), and scrolls that line into view. Past the end it stops at the end.
   */
  showPosition: (line: number, column: number | null) => void;
}

interface Props {
  ref?: Ref<CodeEditorHandle>;
  kind: WorkerKind;
  code: string;
  onChange: (code: string) => void;
  onRun: () => void;
  /** Where focus goes on Esc. */
  onEscape: () => void;
  /** A line (1-based) to light, e.g. the one a timeline bar came from. */
  highlightLine?: number | null;
}

/** react-live draws each line as a `.token-line` child of the <pre>; it takes no prop for lines. */
function lineElements(box: HTMLElement | null) {
  return box?.querySelectorAll('pre > .token-line');
}

/** A collapsed range `offset` characters into `element`'s text. */
function caretAt(element: Element, offset: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let rest = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (rest <= length) {
      range.setStart(node, rest);
      return range;
    }
    rest -= length;
  }
  range.selectNodeContents(element);
  range.collapse(false);
  return range;
}

/** Memo: the runner renders for every batch of output, and rendering the editor restores its caret (a layout). */
export default memo(function CodeEditor({
  ref,
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

  useEffect(() => {
    const lines = lineElements(box.current);
    const line = highlightLine ? lines?.[highlightLine - 1] : undefined;
    line?.setAttribute('data-highlighted', '');
    return () => line?.removeAttribute('data-highlighted');
  }, [highlightLine]);

  useImperativeHandle(
    ref,
    () => ({
      showPosition(line, column) {
        const pre = box.current?.querySelector('pre');
        const lines = lineElements(box.current);
        if (!pre || !lines?.length) return;
        const target = lines[Math.min(Math.max(line, 1), lines.length) - 1];
        // Each line's text ends with its newline.
        const text = (target.textContent ?? '').replace(/\n$/, '');
        const offset = column === null ? text.search(/\S|$/) : Math.min(Math.max(column - 1, 0), text.length);
        pre.focus({ preventScroll: true });
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(caretAt(target, offset));
        // use-editable puts the caret back where the last edit left it on every render; it takes a
        // caret the reader placed from `selectstart` on the editor, so this one is kept too.
        pre.dispatchEvent(new Event('selectstart', { bubbles: true }));
        target.scrollIntoView({ block: 'nearest' });
      },
    }),
    [],
  );

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
});
