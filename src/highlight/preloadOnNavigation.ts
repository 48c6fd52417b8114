/**
 * A client module (plugins/listingHighlight.ts) that has the highlighter
 * (highlighter.ts) loaded before a client-side navigation renders the next
 * page's listings, which the browser must highlight itself. Docusaurus loads a
 * page's chunks when the reader points at or touches a link to it, and so does
 * this, once, for the highlighter; a navigation without that (history, a
 * keyboard) starts it as it starts. Otherwise the first page rendered in the
 * browser shows its code plain for a frame or two (measured: the chunk arriving
 * with the route's own, the page rendered before it ran).
 */
import type { ClientModule } from '@docusaurus/types';
import { loadHighlighter } from './highlighter';

const INTENT = ['mouseover', 'touchstart', 'focusin'] as const;

function onIntent(event: Event): void {
  if (!(event.target instanceof Element) || !event.target.closest('a[href]')) return;
  for (const type of INTENT) document.removeEventListener(type, onIntent, true);
  loadHighlighter().catch(console.error);
}

const clientModule: ClientModule = {
  onRouteUpdate({ location, previousLocation }) {
    if (!previousLocation) {
      for (const type of INTENT) document.addEventListener(type, onIntent, { capture: true, passive: true });
    } else if (previousLocation.pathname !== location.pathname) loadHighlighter().catch(console.error);
  },
};

export default clientModule;
