/**
 * Share links carry a sample's edited code in the page's own URL (the path
 * carries the locale): `?share=<census id>&code=<lz-string>#sample-<id>`.
 * Opening one loads the code but never runs it; see LiveRunner.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { WorkerKind } from '../engine/protocol';
import { LANGUAGE_PARAM, SHARE_PARAM } from './shareParams';

export const CODE_PARAM = 'code';
/**
 * A checksum of the code: lz-string decodes a cut-short or mistyped link into plausible other
 * code (about 40% of one-character typos did, with the code's length as the only check).
 */
export const CHECK_PARAM = 'h';

/** FNV-1a, 32 bits, in base 36: a few characters that change with any change to the code. */
function checksum(code: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    hash ^= code.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function createShareLink(
  page: { origin: string; pathname: string },
  sampleId: string,
  code: string,
  kind: WorkerKind = 'typescript',
): string {
  const query = [
    `${SHARE_PARAM}=${encodeURIComponent(sampleId)}`,
    ...(kind === 'python' ? [`${LANGUAGE_PARAM}=python`] : []),
    `${CHECK_PARAM}=${checksum(code)}`,
    `${CODE_PARAM}=${compressToEncodedURIComponent(code)}`,
  ].join('&');
  // `sample-language` is the pairs' Tabs groupId: the link opens on the code's own tab.
  return `${page.origin}${page.pathname}?${query}&sample-language=${kind}#sample-${sampleId}`;
}

/** The shared code of a link, or null when the link is damaged (cut short, mistyped). */
export function readSharedCode(search: string): string | null {
  const params = new URLSearchParams(search);
  const packed = params.get(CODE_PARAM);
  if (!packed) return null;
  let code: string | null;
  try {
    code = decompressFromEncodedURIComponent(packed);
  } catch {
    return null; // some damaged input makes lz-string throw, not return null
  }
  return typeof code === 'string' && checksum(code) === params.get(CHECK_PARAM) ? code : null;
}
