/**
 * highlighter.ts for the server bundle (plugins/listingHighlight.ts puts it in
 * its place there): the server renders every listing, so it holds the
 * highlighter from the start.
 */
import * as tokenHtml from './tokenHtml';

export const loadedHighlighter = (): typeof tokenHtml => tokenHtml;

export const loadHighlighter = (): Promise<typeof tokenHtml> => Promise.resolve(tokenHtml);
