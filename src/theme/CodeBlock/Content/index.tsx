// Change: the listing is one HTML string (src/highlight/tokenHtml.ts), so React
// hydrates one <code> instead of a fiber per token; its colours are classes that
// follow the colour mode in CSS. Line-numbered blocks keep the classic renderer
// (no page uses them; src/theme/CodeBlock sends them down the classic path).
// The browser loads the highlighter only to render a listing the server did
// not (src/highlight/highlighter.ts); until it is there, the code shows plain.
import React, { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import type { Props } from '@theme/CodeBlock/Content';
import { useThemeConfig } from '@docusaurus/theme-common';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import { loadPrism } from '@site/src/highlight/prism';
import { escapeHtml } from '@site/src/highlight/escapeHtml';
import { loadedHighlighter, loadHighlighter } from '@site/src/highlight/highlighter';
import styles from './styles.module.css';

export default function CodeBlockContent({ className }: Props): ReactNode {
  const {
    metadata,
    wordWrap: { codeBlockRef },
  } = useCodeBlockContext();
  const { prism } = useThemeConfig();
  const { code, language, lineClassNames } = metadata;
  const numbered = metadata.lineNumbersStart !== undefined;
  // When this listing hydrates, the server's highlighted HTML is already in the page, and
  // React 19 does not compare dangerouslySetInnerHTML while hydrating: the browser need not
  // highlight it again (an article's 57 listings took ~0.2 s of Lighthouse's mobile CPU).
  // useId gives the server's id only when hydrating (a render in the browser gets a new
  // one), so finding the element says so; an empty string then stands for "what the
  // server rendered" for as long as the listing stays the same.
  const id = useId();
  const listing = `${language}\n${JSON.stringify(lineClassNames)}\n${code}`;
  const [serverListing] = useState(() =>
    typeof document !== 'undefined' && document.getElementById(id) ? listing : null,
  );
  const highlightHere = !numbered && listing !== serverListing;
  const [highlighter, setHighlighter] = useState(loadedHighlighter);
  useEffect(() => {
    // A chunk that fails to load leaves the code plain (and readable); the next listing tries again.
    if (highlightHere && !highlighter)
      loadHighlighter().then((loaded) => setHighlighter(() => loaded), console.error);
  }, [highlightHere, highlighter]);
  const html = useMemo(
    () =>
      !highlightHere
        ? ''
        : highlighter
          ? highlighter.highlightToHtml(code, language, lineClassNames, {
              light: prism.theme,
              dark: prism.darkTheme ?? prism.theme,
            })
          : escapeHtml(code),
    [highlightHere, highlighter, code, language, lineClassNames, prism],
  );
  if (numbered) {
    loadPrism();
    const classic =
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated only when needed: it imports Prism (src/highlight/prism.ts)
      require('@theme-original/CodeBlock/Content') as typeof import('@theme/CodeBlock/Content');
    return <classic.default className={className} />;
  }
  return (
    <pre
      ref={codeBlockRef}
      // Scrollable listings must be reachable by keyboard, as in the classic theme.
      tabIndex={0}
      className={clsx(className, `prism-code language-${language}`, styles.codeBlock, 'thin-scrollbar')}
    >
      <code
        id={id}
        className={clsx(styles.codeBlockLines, 'static-tokens')}
        dangerouslySetInnerHTML={{ __html: html }}
        // Development builds compare the HTML when hydrating; the empty string above is on purpose.
        suppressHydrationWarning
      />
    </pre>
  );
}
