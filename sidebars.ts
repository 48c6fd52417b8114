import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// One sidebar: the articles in reading order, then the phrasebook and how the samples run.
const sidebars: SidebarsConfig = {
  articles: [
    'python-asyncio',
    'asyncio-async-programming',
    'asyncio-notes',
    'asyncio-across-threads',
    'phrasebook',
    'how-samples-run',
  ],
};

export default sidebars;
