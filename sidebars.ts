import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// One sidebar: the articles in reading order (the rest arrive with their issues).
const sidebars: SidebarsConfig = {
  articles: ['python-asyncio', 'asyncio-async-programming', 'asyncio-notes', 'how-samples-run'],
};

export default sidebars;
