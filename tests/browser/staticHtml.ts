/**
 * Reading the production build's HTML as a reader without JavaScript gets it:
 * one element with everything inside it, its code listings, their text.
 */

/** The text of an HTML fragment, as a reader without JavaScript sees it. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The element that opens at `start` (`<div …`), up to its own closing tag, nested ones included. */
export function elementAt(html: string, start: number): string {
  const name = /^<([a-z][\w-]*)/i.exec(html.slice(start))?.[1];
  if (!name) throw new Error(`no element opens at ${start}: ${html.slice(start, start + 40)}`);
  const tags = new RegExp(`<(/?)${name}[\\s>]`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', tag.index) + 1);
  }
  throw new Error(`<${name}> at ${start} is never closed`);
}

export interface Listing {
  /** The Prism language of its `<pre>` (`python`, `ts`). */
  language: string;
  /** The inner HTML of its `<code>`. */
  html: string;
}

/** The code listings (`<pre class="… language-x …"><code …>…</code>`) of a fragment, in order. */
export function listingsIn(fragment: string): Listing[] {
  const listing = /<pre[^>]*\blanguage-([\w-]+)[^>]*>\s*<code[^>]*>([\s\S]*?)<\/code>/g;
  return [...fragment.matchAll(listing)].map((match) => ({ language: match[1], html: match[2] }));
}
