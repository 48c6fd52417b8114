/**
 * Drives one live sample the way a reader does, through the runner's test
 * contract (data-sample-id, data-action buttons, data-testid editor and
 * console-output, data-status, data-line / data-t / data-level).
 */
import type { Locator, Page } from 'playwright-core';

export type Status = 'idle' | 'running' | 'done' | 'error' | 'stopped';

export function sampleDriver(page: Page, sampleId: string) {
  const pair = page.locator(`[data-sample-id="${sampleId}"]`);
  const output = pair.locator('[data-testid="console-output"]');
  const button = (action: string): Locator => pair.locator(`button[data-action="${action}"]`);
  return {
    pair,
    output,
    button,
    editor: pair.locator('[data-testid="editor"]'),
    /** Shows the TypeScript tab and waits for the editor (the runner loads on intent). */
    async open(): Promise<void> {
      await pair.getByRole('tab').nth(1).click();
      await pair.hover();
      await pair.locator('[data-testid="editor"]').waitFor();
    },
    async setCode(code: string): Promise<void> {
      await pair.locator('[data-testid="editor"]').fill(code);
    },
    status: () => output.getAttribute('data-status') as Promise<Status>,
    async waitForStatus(status: Status, timeout = 15_000): Promise<void> {
      await page.waitForSelector(
        `[data-sample-id="${sampleId}"] [data-testid="console-output"][data-status="${status}"]`,
        {
          timeout,
        },
      );
    },
    lines: () =>
      output.locator('[data-line]').evaluateAll((nodes) =>
        nodes.map((node) => ({
          level: node.getAttribute('data-level'),
          t: Number(node.getAttribute('data-t')),
          text: node.lastElementChild?.textContent ?? '',
        })),
      ),
  };
}
