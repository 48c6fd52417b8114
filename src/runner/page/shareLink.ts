/**
 * Share links carry a sample's edited code in the page's own URL (the path
 * carries the locale): `?share=<census id>&code=<lz-string>#sample-<id>`.
 * Opening one loads the code but never runs it; see LiveRunner.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { SHARE_PARAM } from './shareParams';

export const CODE_PARAM = 'code';
/** The code's length: lz-string can decode a cut-short link into plausible text, so it is checked. */
export const LENGTH_PARAM = 'n';

export function createShareLink(
  page: { origin: string; pathname: string },
  sampleId: string,
  code: string,
): string {
  const query = [
    `${SHARE_PARAM}=${encodeURIComponent(sampleId)}`,
    `${LENGTH_PARAM}=${code.length}`,
    `${CODE_PARAM}=${compressToEncodedURIComponent(code)}`,
  ].join('&');
  // `sample-language` is the pairs' Tabs groupId: the link opens on the TypeScript tab.
  return `${page.origin}${page.pathname}?${query}&sample-language=typescript#sample-${sampleId}`;
}

/** The shared code of a link, or null when the link is damaged (cut short, mistyped). */
export function readSharedCode(search: string): string | null {
  const params = new URLSearchParams(search);
  const packed = params.get(CODE_PARAM);
  if (!packed) return null;
  const code = decompressFromEncodedURIComponent(packed);
  return typeof code === 'string' && code.length === Number(params.get(LENGTH_PARAM)) ? code : null;
}
