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
  /** Absent where the code cannot run in this browser. */
  onRun?: () => void;
  onStop?: () => void;
  onReset?: () => void;
  onCopy?: () => void;
  onShare?: () => void;
  fastForward?: boolean;
  onToggleFastForward?: () => void;
}

interface Control {
  action: string;
  label: string;
  onClick?: () => void;
  disabled: boolean;
  style: 'primary' | 'secondary' | 'success';
  /** Only for toggles. */
  pressed?: boolean;
}

function controls(props: Props): Control[] {
  const running = props.status === 'running';
  const fastForward = props.fastForward ?? false;
  return [
    {
      action: 'run',
      label: `▶ ${translate({ id: 'liveSample.button.run', message: 'Run', description: 'Runs the TypeScript sample (Ctrl/Cmd+Enter)' })}`,
      onClick: props.onRun,
      disabled: running || !props.onRun,
      style: 'primary',
    },
    {
      action: 'stop',
      label: `■ ${translate({ id: 'liveSample.button.stop', message: 'Stop', description: 'Stops the running sample' })}`,
      onClick: props.onStop,
      disabled: !running || !props.onStop,
      style: 'secondary',
    },
    {
      action: 'reset',
      label: translate({
        id: 'liveSample.button.reset',
        message: 'Reset',
        description: 'Puts the original sample code back',
      }),
      onClick: props.onReset,
      disabled: !props.onReset,
      style: 'secondary',
    },
    {
      action: 'copy',
      label: translate({
        id: 'liveSample.button.copy',
        message: 'Copy',
        description: 'Copies the sample code',
      }),
      onClick: props.onCopy,
      disabled: !props.onCopy,
      style: 'secondary',
    },
    {
      action: 'share',
      label: translate({
        id: 'liveSample.button.share',
        message: 'Share',
        description: 'Makes a link that carries the edited code',
      }),
      onClick: props.onShare,
      disabled: !props.onShare,
      style: 'secondary',
    },
    {
      action: 'fast-forward',
      label: `» ${translate({
        id: 'liveSample.button.fastForward',
        message: 'Fast-forward',
        description: 'Toggle: timers fire without waiting, on a virtual clock',
      })}`,
      onClick: props.onToggleFastForward,
      disabled: !props.onToggleFastForward || running,
      style: fastForward ? 'success' : 'secondary',
      pressed: fastForward,
    },
  ];
}

export default function Toolbar(props: Props): ReactNode {
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
      {controls(props).map((control) => (
        <button
          key={control.action}
          type="button"
          className={`button button--sm button--${control.style}`}
          data-action={control.action}
          aria-pressed={control.pressed}
          onClick={control.onClick}
          disabled={control.disabled}
        >
          {control.label}
        </button>
      ))}
    </div>
  );
}
