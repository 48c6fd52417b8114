/**
 * The one part of share links the light page code needs: which sample a link
 * is for. Decoding the code waits for the lazy runner (shareLink.ts).
 */
export const SHARE_PARAM = 'share';

export function sharedSampleId(search: string): string | null {
  return new URLSearchParams(search).get(SHARE_PARAM);
}

/** Whether this page was opened from a share link for the sample (in the browser only). */
export function openedFromShareLink(sampleId: string | null): boolean {
  return sampleId !== null && sharedSampleId(window.location.search) === sampleId;
}
