/**
 * A code listing as one HTML string, for `dangerouslySetInnerHTML`: React then
 * hydrates one element per listing instead of one per Prism token. (The
 * sample-heavy article has about 60 listings and 16,000 token elements; their
 * hydration blocked a mid-range phone's main thread for 1.3–1.5 s.)
 *
 * Colours come from classes, never inline styles, so the same server-rendered
 * string serves both colour modes (the classic theme instead renders the light
 * theme's inline styles and remounts every block after hydration). Each token
 * carries one class per declaration of its light style (`l3`) and of its dark
 * style (`d5`); a class only sets a custom property (`--l-color`), and one rule
 * per colour mode turns that mode's properties into real ones (see tokenCss).
 * Styles merge as prism-react-renderer merges them: over the token's types, in
 * order, the last one winning (a `function-variable function` token is coloured
 * as a function), which plain per-type CSS rules could not express.
 */
import type { PrismTheme } from 'prism-react-renderer';
import { escapeHtml } from './escapeHtml';
import { loadPrism, type PrismReactRenderer } from './prism';

type Declarations = Record<string, string>;
type PrismTokens = Parameters<PrismReactRenderer['normalizeTokens']>[0];

/** `fontStyle` → `font-style`; theme values are strings or unitless numbers (opacity). */
const property = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function declarations(style: object): Declarations {
  const out: Declarations = {};
  for (const [key, value] of Object.entries(style)) {
    if (value !== undefined && value !== null) out[property(key)] = String(value);
  }
  return out;
}

/** Every declaration a theme's token styles use, numbered in order of appearance: the class names. */
function palette(theme: PrismTheme): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const entry of theme.styles) {
    for (const [name, value] of Object.entries(declarations(entry.style))) {
      const key = `${name}:${value}`;
      if (!numbers.has(key)) numbers.set(key, numbers.size);
    }
  }
  return numbers;
}

/** prism-react-renderer's themeToDict: each token type's style, for one language. */
function typeStyles(theme: PrismTheme, language: string): Map<string, Declarations> {
  const styles = new Map<string, Declarations>();
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const type of entry.types) {
      styles.set(type, { ...styles.get(type), ...declarations(entry.style) });
    }
  }
  return styles;
}

/** A token's classes by its types, per pair of themes and language: a page has thousands of tokens and few kinds. */
const classCaches = new WeakMap<PrismTheme, WeakMap<PrismTheme, Map<string, Map<string, string>>>>();

function tokenClasses({ light, dark }: Themes, language: string): Map<string, string> {
  let byDark = classCaches.get(light);
  if (!byDark) classCaches.set(light, (byDark = new WeakMap<PrismTheme, Map<string, Map<string, string>>>()));
  let byLanguage = byDark.get(dark);
  if (!byLanguage) byDark.set(dark, (byLanguage = new Map<string, Map<string, string>>()));
  let classes = byLanguage.get(language);
  if (!classes) byLanguage.set(language, (classes = new Map<string, string>()));
  return classes;
}

export interface Themes {
  light: PrismTheme;
  dark: PrismTheme;
}

const MODES = [
  ['l', 'light'],
  ['d', 'dark'],
] as const;

/**
 * The CSS that colours listings rendered by highlightToHtml, for both modes: the
 * plain colours as the classic theme's variables (--prism-color,
 * --prism-background-color), then the token classes. A property a token's style
 * does not set stays unset (inherits the plain colour, as before).
 */
export function tokenCss({ light, dark }: Themes): string {
  const rules: string[] = [];
  const plain = (theme: PrismTheme) =>
    `--prism-color:${theme.plain.color};--prism-background-color:${theme.plain.backgroundColor}`;
  rules.push(`:root{${plain(light)}}`, `[data-theme='dark']{${plain(dark)}}`);
  const properties = new Set<string>();
  for (const [mode, name] of MODES) {
    for (const [key, n] of palette({ light, dark }[name])) {
      const [prop, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      properties.add(prop);
      rules.push(`.${mode}${n}{--${mode}-${prop}:${value}}`);
    }
  }
  const read = (mode: string) => [...properties].map((prop) => `${prop}:var(--${mode}-${prop})`).join(';');
  rules.push(
    `.static-tokens .token{${read('l')}}`,
    `[data-theme='dark'] .static-tokens .token{${read('d')}}`,
  );
  return rules.join('\n');
}

/**
 * The listing as Prism's own HTML: text with newlines and spans, for a
 * `<code class="static-tokens">` (white-space: pre). Only highlighted lines are
 * elements (`span.token-line` with their classes, a block, so the background
 * spans the line); the classic theme's `div` and `<br>` per line were 2 of every
 * 5 elements of an article. Tokens with no colour of their own in either mode
 * (spaces, names, punctuation in the plain colour) are bare text, and a run of
 * tokens with the same colours is one span.
 */
export function highlightToHtml(
  code: string,
  language: string,
  lineClassNames: Record<number, string[]>,
  themes: Themes,
): string {
  const cache = tokenClasses(themes, language);
  const classesOf = (types: string[]) => {
    const key = types.join(' ');
    let classes = cache.get(key);
    if (classes === undefined) {
      const names: string[] = [];
      for (const [mode, name] of MODES) {
        const theme = themes[name];
        const styles = typeStyles(theme, language);
        const merged: Declarations = {};
        for (const type of types) Object.assign(merged, styles.get(type));
        // The plain colour is what the token would inherit anyway.
        if (merged.color?.toLowerCase() === theme.plain.color?.toLowerCase()) delete merged.color;
        const numbers = palette(theme);
        for (const [prop, value] of Object.entries(merged))
          names.push(`${mode}${numbers.get(`${prop}:${value}`)}`);
      }
      // Prism's type names (`token keyword`) are left out: the classes above carry the colours,
      // and the names were a fifth of an article's HTML.
      classes = names.length > 0 ? ['token', ...names].join(' ') : '';
      cache.set(key, classes);
    }
    return classes;
  };
  const { Prism, normalizeTokens } = loadPrism();
  const grammar = Prism.languages[language];
  let tokens: PrismTokens = [code];
  if (grammar) {
    // As prism-react-renderer's useTokenize does, hooks included.
    const env = { code, grammar, language, tokens: [] as PrismTokens };
    Prism.hooks.run('before-tokenize', env);
    env.tokens = Prism.tokenize(code, grammar);
    Prism.hooks.run('after-tokenize', env);
    tokens = env.tokens;
  }
  const lines = normalizeTokens(tokens);
  return lines
    .map((line, i) => {
      let html = '';
      let open = ''; // the classes of the span left open for a run of like tokens
      for (const { types, content } of line) {
        if (content === '\n' || content === '') continue;
        const classes = classesOf(types);
        if (classes !== open) {
          if (open) html += '</span>';
          if (classes) html += `<span class="${classes}">`;
          open = classes;
        }
        html += escapeHtml(content);
      }
      if (open) html += '</span>';
      const highlighted = lineClassNames[i];
      if (highlighted) return `<span class="${['token-line', ...highlighted].join(' ')}">${html}\n</span>`;
      return i < lines.length - 1 ? `${html}\n` : html;
    })
    .join('');
}
