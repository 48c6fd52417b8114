/**
 * The runner's buttons. Rendered by the light shell too (only Run works before
 * the runner loads), so the toolbar does not jump when the runner arrives.
 * Tests find the buttons by `data-action`; each has a translated name.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { RunStatus } from '@site/src/runner/engine/protocol';
import styles from './styles.module.css';

interface Props {
  status: RunStatus;
  onRun(): void;
  onStop?(): void;
  onReset?(): void;
  onCopy?(): void;
  onShare?(): void;
  fastForward?: boolean;
  onToggleFastForward?(): void;
}

const label = {
  run: () =>
    translate({
      id: 'liveSample.button.run',
      message: 'Run',
      description: 'Runs the TypeScript sample (Ctrl/Cmd+Enter)',
    }),
  stop: () =>
    translate({ id: 'liveSample.button.stop', message: 'Stop', description: 'Stops the running sample' }),
  reset: () =>
    translate({
      id: 'liveSample.button.reset',
      message: 'Reset',
      description: 'Puts the original sample code back',
    }),
  share: () =>
    translate({
      id: 'liveSample.button.share',
      message: 'Share',
      description: 'Makes a link that carries the edited code',
    }),
  copy: () =>
    translate({ id: 'liveSample.button.copy', message: 'Copy', description: 'Copies the sample code' }),
  fastForward: () =>
    translate({
      id: 'liveSample.button.fastForward',
      message: 'Fast-forward',
      description: 'Toggle: timers fire without waiting, on a virtual clock',
    }),
};

export default function Toolbar(props: Props): ReactNode {
  const running = props.status === 'running';
  return (
    <div
      className={styles.toolbar}
      role="toolbar"
      aria-label={translate({
        id: 'liveSample.toolbar',
        message: 'Sample controls',
        description: 'Accessible name of the live sample toolbar',
      })}
    >
      <button
        type="button"
        className="button button--sm button--primary"
        data-action="run"
        onClick={props.onRun}
        disabled={running}
      >
        ▶ {label.run()}
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        data-action="stop"
        onClick={props.onStop}
        disabled={!running || !props.onStop}
      >
        ■ {label.stop()}
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        data-action="reset"
        onClick={props.onReset}
        disabled={!props.onReset}
      >
        {label.reset()}
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        data-action="copy"
        onClick={props.onCopy}
        disabled={!props.onCopy}
      >
        {label.copy()}
      </button>
      <button
        type="button"
        className="button button--sm button--secondary"
        data-action="share"
        onClick={props.onShare}
        disabled={!props.onShare}
      >
        {label.share()}
      </button>
      <button
        type="button"
        className={`button button--sm ${props.fastForward ? 'button--success' : 'button--secondary'}`}
        data-action="fast-forward"
        aria-pressed={props.fastForward ?? false}
        onClick={props.onToggleFastForward}
        disabled={!props.onToggleFastForward || running}
      >
        » {label.fastForward()}
      </button>
    </div>
  );
}
