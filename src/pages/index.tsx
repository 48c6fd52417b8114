/**
 * The home page: what the site is and what a reader can do here (run both
 * languages, read offline, look an API up in the phrasebook), and the way into the articles, listed in
 * the sidebar's reading order.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { PhrasebookAnchor } from '@site/src/components/PhrasebookLink';
import styles from './index.module.css';

interface Article {
  /** The doc's path. */
  to: string;
  title: string;
  summary: string;
}

function articles(): Article[] {
  return [
    {
      to: '/docs/python-asyncio',
      title: translate({
        id: 'home.article.001.title',
        message: 'Python AsyncIO',
        description: 'Title of seed article 001',
      }),
      summary: translate({
        id: 'home.article.001.summary',
        message:
          'Coroutines, the history of yield, the event loop, tasks, futures, gather, timeouts and to_thread.',
        description: 'Summary of seed article 001',
      }),
    },
    {
      to: '/docs/asyncio-async-programming',
      title: translate({
        id: 'home.article.004.title',
        message: 'Asynchronous Programming with Python AsyncIO',
        description: 'Title of seed article 004',
      }),
      summary: translate({
        id: 'home.article.004.summary',
        message:
          'Sync vs async timing, the event loop, executors, tasks, TaskGroup, queues, contextvars and debug mode.',
        description: 'Summary of seed article 004',
      }),
    },
    {
      to: '/docs/asyncio-notes',
      title: translate({
        id: 'home.article.003.title',
        message: 'asyncio notes',
        description: 'Title of seed article 003',
      }),
      summary: translate({
        id: 'home.article.003.summary',
        message:
          'Cancel, wait_for and shield, sockets, exceptions, signals, gather, wait, locks, queues and context variables.',
        description: 'Summary of seed article 003',
      }),
    },
    {
      to: '/docs/asyncio-across-threads',
      title: translate({
        id: 'home.article.002.title',
        message: 'asyncio across threads: three scenarios',
        description: 'Title of seed article 002',
      }),
      summary: translate({
        id: 'home.article.002.summary',
        message:
          'run_in_executor, futures completed from callbacks, call_soon_threadsafe and run_coroutine_threadsafe.',
        description: 'Summary of seed article 002',
      }),
    },
  ];
}

export default function Home(): ReactNode {
  const title = translate({
    id: 'home.title',
    message: 'Learn Python asyncio, and watch it run',
    description: 'Home page heading',
  });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'home.description',
        message:
          'Four asyncio articles in three languages; every Python sample has a TypeScript twin you can edit and run in the page, with a timestamp on each line of output.',
        description: 'Home page meta description',
      })}
    >
      <header className={`hero hero--primary ${styles.hero}`}>
        <div className="container">
          <Heading as="h1" className="hero__title">
            {title}
          </Heading>
          {/* What a reader can do here, in two lines. */}
          <p className="hero__subtitle">
            <Translate
              id="home.run"
              description="Home page, first line under the heading: running the samples"
            >
              Edit and run every sample right here, in Python and in its TypeScript twin; each line of output
              is stamped with its time, so you can watch the timing of each run.
            </Translate>
          </p>
          <p className={styles.offline}>
            <Translate
              id="home.offline"
              description="Home page, second line under the heading: reading offline"
            >
              Once you have visited, the articles in your language and their TypeScript twins work offline too
              (on a train, on a flight), and so does Python once you have run it here.
            </Translate>
          </p>
          <p className={styles.phrasebook}>
            <Translate
              id="home.phrasebook"
              description="Home page, under the tagline; {phrasebook} is a link to the phrasebook page"
              values={{ phrasebook: <PhrasebookAnchor /> }}
            >
              {
                'Look up any asyncio API in the {phrasebook}: the TypeScript the twins use for it, where the two differ, and the samples that use it.'
              }
            </Translate>
          </p>
          <Link className="button button--secondary button--lg" to="/docs/python-asyncio">
            <Translate id="home.start" description="Home page call to action">
              Start reading
            </Translate>
          </Link>
        </div>
      </header>
      <main className="container">
        <section
          className={styles.articles}
          aria-label={translate({
            id: 'home.articles',
            message: 'Articles',
            description: 'Accessible name of the article list',
          })}
        >
          {articles().map((article) => (
            <div key={article.title} className={`card ${styles.article}`}>
              <div className="card__header">
                <Heading as="h2">
                  <Link to={article.to}>{article.title}</Link>
                </Heading>
              </div>
              <div className="card__body">
                <p>{article.summary}</p>
              </div>
            </div>
          ))}
        </section>
      </main>
    </Layout>
  );
}
