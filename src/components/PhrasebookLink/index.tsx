/**
 * Links to the asyncio ↔ TypeScript phrasebook (docs/phrasebook.mdx): the line
 * at the end of every article (articles write `<PhrasebookLink />`, the same in
 * every locale; the words come from the UI strings), and the link itself, which
 * the home page puts in its own sentence.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/** The phrasebook's name, as a link to it. */
export function PhrasebookAnchor(): ReactNode {
  return (
    <Link to="/docs/phrasebook">
      <Translate id="phrasebook.link" description="A link to the phrasebook page: its name">
        asyncio ↔ TypeScript phrasebook
      </Translate>
    </Link>
  );
}

export default function PhrasebookLink(): ReactNode {
  return (
    <p className={styles.phrasebookLink}>
      <Translate
        id="phrasebook.articleEnd"
        description="At the end of every article; {phrasebook} is a link to the phrasebook page"
        values={{ phrasebook: <PhrasebookAnchor /> }}
      >
        {'Every asyncio API in this article, with the TypeScript its twins use, is in the {phrasebook}.'}
      </Translate>
    </p>
  );
}
