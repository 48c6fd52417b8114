// Change: gives the local search page a translated description meta, which the plugin's page lacks.
import React, { type ReactNode } from 'react';
import SearchPage from '@theme-original/SearchPage';
import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';

export default function SearchPageWrapper(props: Record<string, unknown>): ReactNode {
  const description = translate({
    id: 'search.description',
    message: 'Search the asyncio articles and their samples in this language.',
    description: 'Meta description of the search page',
  });
  return (
    <>
      <Head>
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
      </Head>
      <SearchPage {...props} />
    </>
  );
}
