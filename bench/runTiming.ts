/**
 * The runner's timings in the page, each taken inside the page with
 * performance.now() so Playwright's round trips to it stay out of the figures.
 * (Page functions are strings or use no named helpers: tsx would wrap those in
 * its __name helper, which the page does not have.)
 */
import type { Page } from 'playwright-core';

/**
 * Milliseconds from a click on Run to the first console line in the DOM
 * (`line`) or to the console saying the run is over (`end`: data-status
 * leaves "running"); resolves once the run is over either way.
 */
export function timeRun(
  page: Page,
  sampleId: string,
  until: 'line' | 'end',
  side: 'typescript' | 'python' = 'typescript',
): Promise<number> {
  return page.evaluate(
    async ([id, mark, lang]) => {
      const root = document.querySelector(`[data-sample-id="${id}"] [data-lang="${lang}"]`)!;
      const output = root.querySelector('[data-testid="console-output"]')!;
      const start = performance.now();
      let line = NaN;
      const ended = new Promise<number>((resolve) => {
        const observer = new MutationObserver((records) => {
          if (Number.isNaN(line) && output.querySelector('[data-line]')) line = performance.now() - start;
          // By the old value: one callback may carry both changes (idle → running → done).
          if (records.some((record) => record.oldValue === 'running')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(output, {
          childList: true,
          subtree: true,
          attributeFilter: ['data-status'],
          attributeOldValue: true,
        });
      });
      root.querySelector<HTMLButtonElement>('button[data-action="run"]')!.click();
      const end = await ended;
      return mark === 'line' ? line : end;
    },
    [sampleId, until, side] as const,
  );
}

/** The baseline: eval on the main thread and append a line, then the next frame, as react-live would. */
export function mainThreadBaseline(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const start = performance.now();
    const lines = [];
    new Function('console', "console.log('first line');")({ log: (text) => lines.push(text) });
    const div = document.createElement('div');
    div.textContent = lines[0];
    document.body.appendChild(div);
    return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
  })()`);
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
