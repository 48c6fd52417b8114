/**
 * Keeps the target of a #fragment where the jump put it while the page around it settles.
 *
 * Sample pairs are laid out only when they come near the viewport (content-visibility, see
 * SamplePair's styles), at an estimated height until then. After a jump to a heading, the pairs
 * just above it are laid out on the next frame at their real height and push it down, and the
 * browser's scroll anchoring holds the pair at the viewport's top rather than the heading
 * (measured on the English async-programming article: two headings landed 47 and 135 px low and
 * stayed there). So for a short while after a jump, each frame puts the target back at its place
 * (its scroll-margin below the viewport's top), until the reader scrolls or the time is up.
 */
import type { ClientModule } from '@docusaurus/types';

/** About half a second: the pairs near the target are laid out within a frame or two of the jump. */
const HOLD_FRAMES = 30;
/** The reader takes over: the page stops moving things for them. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

let holding: (() => void) | null = null;

function hold(target: HTMLElement): void {
  holding?.();
  let frame = 0;
  let request = 0;
  const release = () => {
    cancelAnimationFrame(request);
    for (const type of READER_INPUT) window.removeEventListener(type, release, true);
    if (holding === release) holding = null;
  };
  holding = release;
  for (const type of READER_INPUT) window.addEventListener(type, release, { capture: true, passive: true });
  const step = () => {
    if (frame++ >= HOLD_FRAMES || !target.isConnected) return release();
    const place = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
    const off = target.getBoundingClientRect().top - place;
    // Near the page's end the target cannot reach its place; scrollBy then does nothing.
    if (Math.abs(off) >= 1) window.scrollBy(0, off);
    request = requestAnimationFrame(step);
  };
  request = requestAnimationFrame(step);
}

const module: ClientModule = {
  onRouteDidUpdate({ location }) {
    if (!location.hash) return;
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape: look the id up as written.
    }
    const target = document.getElementById(id);
    if (target) hold(target);
  },
};

export default module;
