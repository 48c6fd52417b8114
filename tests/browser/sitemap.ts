/** The pages of the production build, per locale, from each locale's sitemap.xml. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_PREFIX, LOCALES, type Locale } from '../../config/locales.mjs';
import { BUILD_DIR } from './serveBuild.mjs';

export function sitemapPaths(locale: Locale): string[] {
  const xml = readFileSync(join(BUILD_DIR, LOCALE_PREFIX[locale].slice(1), 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

/** The ids of the samples on a built page, in page order (every locale has the same). */
export function sampleIdsOf(docPath: string): string[] {
  const html = readFileSync(join(BUILD_DIR, `${docPath}.html`), 'utf8');
  return [...new Set([...html.matchAll(/data-sample-id="?([\w-]+)/g)].map((match) => match[1]))];
}

/**
 * The doc pages with samples, each in one locale, the locales taking turns (every locale's strings
 * are used): how samples.test.ts and timed/python.test.ts run each sample once.
 */
export function samplePagesInTurn(): { locale: Locale; path: string; ids: string[] }[] {
  return sitemapPaths('zh-TW')
    .filter((path) => path.startsWith('/docs/'))
    .map((path) => ({ path, ids: sampleIdsOf(path) }))
    .filter(({ ids }) => ids.length > 0)
    .map(({ path, ids }, index) => {
      const locale = LOCALES[index % LOCALES.length];
      return { locale, path: `${LOCALE_PREFIX[locale]}${path}`, ids };
    });
}
