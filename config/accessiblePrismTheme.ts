/**
 * Prism themes with every token colour readable: github's and dracula's
 * comments, booleans and strings fall below WCAG AA (4.5:1) on their own
 * backgrounds, which axe-core reports as serious. Each colour is darkened (light
 * themes) or lightened (dark themes) just enough to reach the ratio against the
 * background and against the highlighted-line background.
 */
import type { PrismTheme } from 'prism-react-renderer';

type Rgb = [number, number, number];

function parse(color: string): Rgb | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) as Rgb;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(color);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `color` toward black (amount > 0 … 1) or white. */
const mix = (color: Rgb, target: number, amount: number): Rgb =>
  color.map((c) => c + (target - c) * amount) as Rgb;

export function accessiblePrismTheme(theme: PrismTheme, highlightedLine: Rgb, minRatio = 4.6): PrismTheme {
  const background = parse(String(theme.plain.backgroundColor))!;
  const dark = luminance(background) < 0.2;
  const fix = (color: string | undefined): string | undefined => {
    const rgb = color ? parse(color) : null;
    if (!rgb) return color;
    let adjusted = rgb;
    for (let step = 0; step < 40; step++) {
      if (Math.min(contrast(adjusted, background), contrast(adjusted, highlightedLine)) >= minRatio) break;
      adjusted = mix(adjusted, dark ? 255 : 0, 0.06);
    }
    return adjusted === rgb ? color : hex(adjusted);
  };
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) },
    styles: theme.styles.map((entry) => ({
      ...entry,
      style: { ...entry.style, color: fix(entry.style.color) },
    })),
  };
}
