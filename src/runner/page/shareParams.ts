/**
 * The one part of share links the light page code needs: which sample a link
 * is for. Decoding the code waits for the lazy runner (shareLink.ts).
 */
import type { WorkerKind } from '../engine/protocol';

export const SHARE_PARAM = 'share';
/** Which side of the pair the link's code is for: `python`, or the twin when absent. */
export const LANGUAGE_PARAM = 'lang';

export function sharedSampleId(search: string): string | null {
  return new URLSearchParams(search).get(SHARE_PARAM);
}

/** Whether this page was opened from a share link for this side of the sample (in the browser only). */
export function openedFromShareLink(sampleId: string | null, kind: WorkerKind): boolean {
  const params = new URLSearchParams(window.location.search);
  const linkKind = params.get(LANGUAGE_PARAM) === 'python' ? 'python' : 'typescript';
  return sampleId !== null && params.get(SHARE_PARAM) === sampleId && linkKind === kind;
}
