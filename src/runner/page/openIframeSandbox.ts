/**
 * A sandbox as the browser makes it: a hidden iframe with an opaque origin
 * (sandbox="allow-scripts", no allow-same-origin: the reader's code cannot
 * reach the page's DOM, cookies or storage) whose document is generated at
 * build time from src/runner/sandbox/frame.ts.
 */
import type { FromSandbox } from '../engine/protocol';
import sandboxDocument from '../sandbox/generated/sandboxDocument';
import type { OpenTransport } from './createSandboxHost';

export function iframeOpener(title: string): OpenTransport {
  return (onMessage) => {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.setAttribute('data-testid', 'sandbox');
    iframe.tabIndex = -1;
    iframe.title = title;
    iframe.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
    iframe.srcdoc = sandboxDocument;
    const listener = (message: MessageEvent<FromSandbox>) => {
      // The iframe's origin is opaque ("null"): trust it by identity, not by origin.
      if (message.source === iframe.contentWindow) onMessage(message.data);
    };
    window.addEventListener('message', listener);
    document.body.appendChild(iframe);
    return {
      post: (message) => iframe.contentWindow?.postMessage(message, '*'),
      dispose() {
        window.removeEventListener('message', listener);
        iframe.remove();
      },
    };
  };
}
