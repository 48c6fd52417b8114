/** The local search, driven as a reader does: shared by site.test.ts and offline.test.ts. */
import type { Page } from 'playwright-core';
import type { Locale } from '../../config/locales.mjs';

/** A word of the pilot section (asyncio-async-programming) in each locale, as a reader would type it. */
export const SEARCH_WORDS: Record<Locale, string> = {
  'zh-TW': '非同步',
  'zh-CN': '异步',
  en: 'asynchronous',
};

/**
 * Types the locale's word in the navbar's search box and waits for the first suggestion (the list is
 * a combobox: the first hit is selected, Enter opens it). Returns the search box.
 */
export async function searchFirstHit(page: Page, locale: Locale) {
  const input = page.locator('.navbar__search-input');
  await input.click();
  await input.pressSequentially(SEARCH_WORDS[locale], { delay: 30 });
  await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 10_000 });
  return input;
}
