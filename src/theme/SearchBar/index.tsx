// Change: translates the search input's accessible name, which
// @easyops-cn/docusaurus-search-local 0.55 hard-codes as "Search" (its placeholder is translated).
import React, { useEffect, useRef, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { translate } from '@docusaurus/Translate';

export default function SearchBarWrapper(props: Record<string, unknown>): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });
  useEffect(() => {
    box.current?.querySelector('input')?.setAttribute('aria-label', label);
  }, [label]);
  return (
    <div ref={box} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
