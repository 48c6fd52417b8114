/**
 * A pair's two tabs, Python and TypeScript: the one tab set on this site, so a
 * component of its own rather than Docusaurus's Tabs (an ejected copy before, for
 * one change; with tabsUtils it cost 1.6 KiB gzip of every sample page's
 * JavaScript before interaction). What it keeps of `<Tabs groupId queryString>`:
 * - One choice for every pair, remembered across pages in the key Docusaurus
 *   used (`docusaurus.tab.sample-language`, so a returning reader keeps it); a
 *   link's `?sample-language=` wins on the page it opens (share links use it).
 * - The server renders the default (Python) and hydration keeps it; the stored
 *   or linked choice follows right after hydration, with nothing re-created.
 * - Switching keeps the clicked tab where it was on screen, though every pair
 *   above it changes height.
 * - WAI-ARIA tabs: arrows move the focus, Enter or Space selects, and each tab
 *   names its panel.
 */
import React, { useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import clsx from 'clsx';
import styles from './styles.module.css';

type Side = 'python' | 'typescript';
const SIDES: Side[] = ['python', 'typescript'];
const DEFAULT: Side = 'python';
const PARAM = 'sample-language';
const STORAGE_KEY = `docusaurus.tab.${PARAM}`;

const isSide = (value: string | null): value is Side => value === 'python' || value === 'typescript';

/** The reader's choice on this page: a click, else the link's, else the stored one. */
let chosen: Side | null = null;
const listeners = new Set<() => void>();

function storedChoice(): Side | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isSide(stored) ? stored : null;
  } catch {
    return null; // storage refused (a private window's policy, say): the default
  }
}

function currentSide(): Side {
  const linked = new URLSearchParams(window.location.search).get(PARAM);
  return chosen ?? (isSide(linked) ? linked : null) ?? storedChoice() ?? DEFAULT;
}

function choose(side: Side): void {
  chosen = side;
  try {
    window.localStorage.setItem(STORAGE_KEY, side);
  } catch {
    // Not remembered across pages; this page still follows the choice.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface Props {
  /** The pair's id: the tabs' and panels' element ids. */
  id: string;
  labels: Record<Side, ReactNode>;
  panels: Record<Side, ReactNode>;
}

export default function SampleTabs({ id, labels, panels }: Props): ReactNode {
  const selected = useSyncExternalStore(subscribe, currentSide, () => DEFAULT);
  const tabId = (side: Side) => `${id}-tab-${side}`;
  const panelId = (side: Side) => `${id}-panel-${side}`;

  const select = (side: Side, tab: HTMLElement) => {
    if (side === selected) return;
    const before = tab.getBoundingClientRect().top;
    flushSync(() => choose(side));
    window.scrollBy(0, tab.getBoundingClientRect().top - before);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, side: Side) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(side, event.currentTarget);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      // Two tabs: either arrow moves to the other one.
      const other = SIDES.find((s) => s !== side)!;
      document.getElementById(tabId(other))?.focus();
    }
  };

  return (
    <div className={clsx('theme-tabs-container', 'tabs-container', styles.tabs)}>
      <ul role="tablist" aria-orientation="horizontal" className="tabs">
        {SIDES.map((side) => (
          <li
            key={side}
            id={tabId(side)}
            role="tab"
            aria-selected={side === selected}
            aria-controls={panelId(side)}
            tabIndex={side === selected ? 0 : -1}
            className={clsx('tabs__item', styles.tab, side === selected && 'tabs__item--active')}
            onClick={(event) => select(side, event.currentTarget)}
            onKeyDown={(event) => onKeyDown(event, side)}
          >
            {labels[side]}
          </li>
        ))}
      </ul>
      <div className="margin-top--md">
        {SIDES.map((side) => (
          <div
            key={side}
            id={panelId(side)}
            role="tabpanel"
            aria-labelledby={tabId(side)}
            className={styles.panel}
            hidden={side !== selected}
          >
            {panels[side]}
          </div>
        ))}
      </div>
    </div>
  );
}
