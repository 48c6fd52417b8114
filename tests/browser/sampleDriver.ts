/**
 * Drives one live sample the way a reader does, through the runner's test
 * contract (data-sample-id, data-action buttons, data-testid editor and
 * console-output, data-status, data-line / data-t / data-level).
 */
import type { Locator, Page } from 'playwright-core';

export type Status = 'idle' | 'running' | 'done' | 'error' | 'stopped';
export type Side = 'typescript' | 'python';

/** A CSS selector for one side of a pair (the Python block comes first in each pair). */
export const sideSelector = (sampleId: string, side: Side = 'typescript') =>
  `[data-sample-id="${sampleId}"] [data-lang="${side}"]`;

export function sampleDriver(page: Page, sampleId: string, side: Side = 'typescript') {
  const pair = page.locator(`[data-sample-id="${sampleId}"]`);
  const block = page.locator(sideSelector(sampleId, side));
  const output = block.locator('[data-testid="console-output"]');
  const button = (action: string): Locator => block.locator(`button[data-action="${action}"]`);
  return {
    pair,
    block,
    output,
    button,
    editor: block.locator('[data-testid="editor"]'),
    /** Shows the side's tab and waits for its editor (the runner loads on intent). */
    async open(): Promise<void> {
      await pair
        .getByRole('tab')
        .nth(side === 'python' ? 0 : 1)
        .click();
      // A reader's pointer that misses moves again: pairs near the viewport are laid out on the
      // next frame (content-visibility), so the block can move from under a hover's point, and no
      // pointerenter reaches it (seen once: the editor never came in 30 s).
      const editor = block.locator('[data-testid="editor"]');
      for (let attempt = 1; ; attempt++) {
        await block.hover();
        try {
          await editor.waitFor({ timeout: attempt < 3 ? 10_000 : 30_000 });
          return;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    },
    async setCode(code: string): Promise<void> {
      await block.locator('[data-testid="editor"]').fill(code);
    },
    /** The editor's caret (1-based line and column, from the editor's text before it), and whether it has focus. */
    caret: () =>
      block.locator('[data-testid="editor"]').evaluate((pre) => {
        const selection = window.getSelection();
        if (!selection?.anchorNode || !pre.contains(selection.anchorNode)) return null;
        const before = document.createRange();
        before.setStart(pre, 0);
        before.setEnd(selection.anchorNode, selection.anchorOffset);
        const lines = before.toString().split('\n');
        return {
          line: lines.length,
          column: lines[lines.length - 1].length + 1,
          focused: document.activeElement === pre,
        };
      }),
    status: () => output.getAttribute('data-status') as Promise<Status>,
    async waitForStatus(status: Status, timeout = 15_000): Promise<void> {
      await page.waitForSelector(
        `${sideSelector(sampleId, side)} [data-testid="console-output"][data-status="${status}"]`,
        { timeout },
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
