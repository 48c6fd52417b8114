/**
 * Chromium driven over the DevTools protocol by hand (--remote-debugging-pipe),
 * for the one test Playwright cannot host: when a sample exhausts memory, the
 * sandbox iframe's process dies, Playwright marks the whole page crashed and
 * never resumes the iframes the page opens afterwards (they wait for a debugger
 * that has written the page off), so the page's recovery could not be seen.
 * Here nothing waits for a debugger: the page behaves as in a reader's browser.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export interface RawPage {
  /** Evaluates an expression in the page (promises awaited) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Types into the focused element, as a keyboard's IME would commit text. */
  insertText(text: string): Promise<void>;
  /** Whether the page's own renderer has crashed (the test's proof it did not). */
  crashed(): boolean;
}

export interface RawChromium {
  open(url: string): Promise<RawPage>;
  close(): Promise<void>;
}

export function launchRawChromium(): RawChromium {
  const profile = mkdtempSync(join(tmpdir(), 'raw-chromium-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const crashedSessions = new Set<string>();
  let buffer = '';
  output.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
        method?: string;
        sessionId?: string;
      };
      buffer = buffer.slice(end + 1);
      if (message.method === 'Inspector.targetCrashed' && message.sessionId) {
        crashedSessions.add(message.sessionId);
      }
      if (message.id === undefined) continue;
      const pending = waiting.get(message.id);
      if (!pending) continue;
      waiting.delete(message.id);
      if (message.error) pending.reject(new Error(message.error.message));
      else pending.resolve(message.result);
    }
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> => {
    const id = nextId++;
    input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return new Promise<T>((resolve, reject) => waiting.set(id, { resolve, reject }));
  };

  return {
    async open(url) {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      await send('Inspector.enable', {}, sessionId);
      await send('Page.enable', {}, sessionId);
      await send('Page.navigate', { url }, sessionId);
      return {
        async evaluate<T>(expression: string) {
          const { result, exceptionDetails } = await send<{
            result: { value: T };
            exceptionDetails?: { text: string; exception?: { description?: string } };
          }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
          if (exceptionDetails) {
            throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          }
          return result.value;
        },
        async insertText(text) {
          await send('Input.insertText', { text }, sessionId);
        },
        crashed: () => crashedSessions.has(sessionId),
      };
    },
    async close() {
      await send('Browser.close').catch(() => {});
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
