/**
 * The line at the end of every article that points to the asyncio ↔ TypeScript
 * phrasebook (docs/phrasebook.mdx). Articles write `<PhrasebookLink />`, the
 * same in every locale; the words come from the UI strings.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function PhrasebookLink(): ReactNode {
  return (
    <p className={styles.phrasebookLink}>
      <Translate
        id="phrasebook.articleEnd"
        description="At the end of every article; {phrasebook} is a link to the phrasebook page"
        values={{
          phrasebook: (
            <Link to="/docs/phrasebook">
              <Translate id="phrasebook.articleEnd.link" description="The link to the phrasebook page">
                asyncio ↔ TypeScript phrasebook
              </Translate>
            </Link>
          ),
        }}
      >
        {'Every asyncio API in this article, with the TypeScript its twins use, is in the {phrasebook}.'}
      </Translate>
    </p>
  );
}
