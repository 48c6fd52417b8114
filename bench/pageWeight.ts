/**
 * The JavaScript a page loads before the reader touches anything, and what of
 * it the samples cost apart from the page's own content chunk (the doc's
 * compiled MDX: a long article is a big chunk whatever its samples).
 *
 * Comparing a page with samples against one without, content chunks aside,
 * sees only chunks that one page loads and the other does not. The samples'
 * components sit in chunks that every doc page loads (MDXComponents provides
 * SamplePair to every doc, and CodeBlock renders live blocks), so that
 * difference reads zero however heavy they grow; their share of those shared
 * chunks is read from the source maps and added.
 */
import type { Browser } from 'playwright-core';
import { gzipSize, shareOf, sourceSlices, type SourceMap } from './sourceMapShare';

export interface Script {
  url: string;
  body: Buffer;
  gzip: number;
}

/** The scripts a page has run once it has hydrated and its network is idle. */
export async function scriptsBeforeInteraction(browser: Browser, url: string): Promise<Script[]> {
  const page = await browser.newPage();
  const bodies: Promise<{ url: string; body: Buffer }>[] = [];
  // Prefetched chunks (`<link rel=prefetch>`, resource type "other") are fetched, not run.
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      bodies.push(response.body().then((body) => ({ url: response.url(), body })));
  });
  await page.goto(url);
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForLoadState('networkidle');
  const scripts = (await Promise.all(bodies)).map((script) => ({ ...script, gzip: gzipSize(script.body) }));
  await page.close();
  return scripts;
}

const maps = new Map<string, Promise<SourceMap>>();

/** A script's source map, served beside it. */
function sourceMapOf(script: Script): Promise<SourceMap> {
  if (!maps.has(script.url)) {
    maps.set(
      script.url,
      fetch(`${script.url}.map`).then((response) => {
        if (!response.ok) throw new Error(`no source map for ${script.url} (${response.status})`);
        return response.json() as Promise<SourceMap>;
      }),
    );
  }
  return maps.get(script.url)!;
}

/** A doc's MDX file, in the default locale's docs/ or a translation's folder. */
const DOC_MDX = /\/(docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/[^/]+)\/.+\.mdx?$/;

/**
 * The page's own content chunk: the one script whose source map holds a doc's
 * MDX (Docusaurus gives each doc's content a chunk of its own). It must also
 * hold the page's metadata (`"permalink":"<path>"`), or the bench has picked
 * the wrong chunk and says so.
 */
export async function contentChunk(scripts: Script[], path: string): Promise<Script & { mdx: string }> {
  const found: (Script & { mdx: string })[] = [];
  for (const script of scripts) {
    const mdx = (await sourceMapOf(script)).sources.find((source) => DOC_MDX.test(source));
    if (mdx) found.push({ ...script, mdx: mdx.replace(/^webpack:\/\/[^/]*\/\.\//, '') });
  }
  if (found.length !== 1) {
    throw new Error(
      `${path}: expected one content chunk, found ${found.map((s) => s.url).join(', ') || 'none'}`,
    );
  }
  if (!found[0].body.includes(`"permalink":"${path}"`)) {
    throw new Error(`${path}: ${found[0].url} holds ${found[0].mdx} but not this page's metadata`);
  }
  return found[0];
}

/** The modules that are there for samples, by source path, as the report names them. */
export const SAMPLE_MODULES: { name: string; sources: RegExp }[] = [
  { name: 'SamplePair', sources: /\/src\/components\/SamplePair\// },
  {
    // The pairs' tabs are SampleTabs (in SamplePair) now: this reads 0 unless Docusaurus's come back.
    name: "Docusaurus's Tabs (src/theme/Tabs, TabItem, tabsUtils)",
    sources:
      /\/src\/theme\/Tabs\/|\/theme-classic\/lib\/theme\/(Tabs|TabItem)\/|\/theme-common\/src\/utils\/tabsUtils/,
  },
  { name: 'LiveSample light half, src/runner', sources: /\/src\/components\/LiveSample\/|\/src\/runner\// },
  // Every listing goes through it, but it is here for the sample pages' sixty listings.
  {
    name: 'listings (src/theme/CodeBlock, src/highlight)',
    sources: /\/src\/theme\/CodeBlock\/|\/src\/highlight\//,
  },
];

const sum = (scripts: Script[]) => ({
  raw: scripts.reduce((total, script) => total + script.body.length, 0),
  gzip: scripts.reduce((total, script) => total + script.gzip, 0),
});

export interface Weight {
  raw: number;
  gzip: number;
}

export interface SampleWeight {
  /** All JavaScript before interaction, each page. */
  total: { samples: Weight; plain: Weight };
  content: { samples: Script & { mdx: string }; plain: Script & { mdx: string } };
  /** Apart from the content chunks: what the sample page loads more than the plain one. */
  difference: Weight;
  /** The samples' modules inside chunks both pages load, by SAMPLE_MODULES group. */
  shared: { name: string; raw: number; gzip: number }[];
  /** difference + shared: the samples' JavaScript before interaction, apart from the content chunk. */
  cost: Weight;
}

export async function sampleWeight(
  browser: Browser,
  origin: string,
  withSamples: string,
  withoutSamples: string,
): Promise<SampleWeight> {
  const samples = await scriptsBeforeInteraction(browser, origin + withSamples);
  const plain = await scriptsBeforeInteraction(browser, origin + withoutSamples);
  const content = {
    samples: await contentChunk(samples, withSamples),
    plain: await contentChunk(plain, withoutSamples),
  };
  const rest = {
    samples: samples.filter((script) => script.url !== content.samples.url),
    plain: plain.filter((script) => script.url !== content.plain.url),
  };
  const plainUrls = new Set(rest.plain.map((script) => script.url));
  const both = rest.samples.filter((script) => plainUrls.has(script.url));
  const shared = SAMPLE_MODULES.map(({ name }) => ({ name, raw: 0, gzip: 0 }));
  for (const script of both) {
    const code = script.body.toString('utf8');
    const slices = sourceSlices(code, await sourceMapOf(script));
    SAMPLE_MODULES.forEach(({ sources }, i) => {
      const share = shareOf(code, slices, (source) => sources.test(source));
      shared[i].raw += share.raw;
      shared[i].gzip += share.gzip;
    });
  }
  const [restSamples, restPlain] = [sum(rest.samples), sum(rest.plain)];
  const difference = { raw: restSamples.raw - restPlain.raw, gzip: restSamples.gzip - restPlain.gzip };
  return {
    total: { samples: sum(samples), plain: sum(plain) },
    content,
    difference,
    shared,
    cost: {
      raw: difference.raw + shared.reduce((total, group) => total + group.raw, 0),
      gzip: difference.gzip + shared.reduce((total, group) => total + group.gzip, 0),
    },
  };
}
