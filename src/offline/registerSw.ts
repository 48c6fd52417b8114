/**
 * Registers this locale's service worker (@docusaurus/plugin-pwa's `swRegister` option, in place of
 * the plugin's own registerSw.js) and tells the page when its pages are available offline.
 *
 * As the plugin's own registration does with the `always` activation strategy (offline mode in
 * every browser tab, not only an installed app), with two differences: the page learns when the
 * worker is active (offlineState.ts), and nothing else (no app-install listeners: the site is read
 * in a tab).
 *
 * Updates: a returning reader's browser checks sw.js on each visit, and a new build changes it (its
 * precache list carries each file's revision). The new worker installs beside the old one and
 * waits; the plugin's popup (translated: theme.PwaReloadPopup.* in code.json) offers to reload into
 * it, and it takes over by itself once every tab of the old version is closed, so no reader keeps a
 * stale version for good.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { markAvailableOffline } from './offlineState';

/** `<locale's base URL>sw.js`, set by the plugin for the client bundle (its EnvironmentPlugin). */
const SERVICE_WORKER_URL = process.env.PWA_SERVICE_WORKER_URL ?? '/sw.js';
/** The parameters the plugin's sw.js reads from its URL: offline mode on, in every tab. */
const PARAMS = JSON.stringify({ offlineMode: true, debug: false });

async function registerServiceWorker(): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(`${SERVICE_WORKER_URL}?params=${encodeURIComponent(PARAMS)}`);
  const offerUpdate = async () => {
    const { renderReloadPopup } = await import('@docusaurus/plugin-pwa/lib/renderReloadPopup.js');
    await renderReloadPopup({
      onReload() {
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
      },
    });
  };
  workbox.addEventListener('waiting', () => void offerUpdate());
  // Whether first or an update: Workbox calls it an update whenever another worker controlled the
  // page, as the root's does on a first visit to /zh-CN/ or /en/.
  workbox.addEventListener('activated', markAvailableOffline);
  const registration = await workbox.register();
  if (registration?.active) markAvailableOffline();
  // A new version that was waiting already (the reader closed the popup last time).
  if (registration?.waiting && registration.active) await offerUpdate();
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  registerServiceWorker().catch((error: unknown) =>
    console.error('service worker registration failed', error),
  );
}
