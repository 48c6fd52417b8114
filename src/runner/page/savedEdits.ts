/**
 * A reader's edits to a sample, kept in the browser (localStorage) per locale,
 * sample and side, so they survive a reload and a return to the page until
 * Reset. Storage can be full or refused (private modes): then edits are simply
 * not kept, and nothing breaks.
 */
import type { WorkerKind } from '../engine/protocol';

export interface EditPlace {
  locale: string;
  sampleId: string;
  kind: WorkerKind;
}

const key = ({ locale, sampleId, kind }: EditPlace) => `asyncio-twins:edit:${locale}:${sampleId}:${kind}`;

export function readEdit(place: EditPlace): string | null {
  try {
    return window.localStorage.getItem(key(place));
  } catch {
    return null;
  }
}

/** Keeps the code, or forgets it when it is the article's own again. */
export function saveEdit(place: EditPlace, code: string, original: string): void {
  try {
    if (code === original) window.localStorage.removeItem(key(place));
    else window.localStorage.setItem(key(place), code);
  } catch {
    // Full or refused: the edit lives as long as the page.
  }
}

export function clearEdit(place: EditPlace): void {
  try {
    window.localStorage.removeItem(key(place));
  } catch {
    // Nothing was kept.
  }
}
