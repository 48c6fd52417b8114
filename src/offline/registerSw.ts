/**
 * Registers this locale's service worker (@docusaurus/plugin-pwa's `swRegister` option, in place of
 * the plugin's own registerSw.js) and tells the page when its pages are available offline.
 *
 * As the plugin's own registration does with the `always` activation strategy (offline mode in
 * every browser tab, not only an installed app), after the page's load event, with two
 * differences: the page learns when the worker is active (offlineState.ts), and the worker's states
 * are read from the registration itself, not through workbox-window. The plugin's registration
 * (workbox-window) hears of a new version only if it starts installing after the page registers,
 * but the browser checks sw.js when the reader navigates, before the page's load: a returning
 * reader's new version was often found, installing or waiting, before registration, and never
 * offered (seen in tests/browser/offline.test.ts).
 *
 * Updates: a new build changes sw.js (its precache list carries each file's revision). The new
 * worker installs beside the old one and waits; the plugin's popup (its strings translated:
 * theme.PwaReloadPopup.* in code.json) offers to reload into it, and it takes over by itself once
 * every tab of the old version is closed, so no reader keeps a stale version for good.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { markAvailableOffline } from './offlineState';

/** `<locale's base URL>sw.js`, set by the plugin for the client bundle (its EnvironmentPlugin). */
const SERVICE_WORKER_URL = process.env.PWA_SERVICE_WORKER_URL ?? '/sw.js';
/** The parameters the plugin's sw.js reads from its URL: offline mode on, in every tab. */
const PARAMS = JSON.stringify({ offlineMode: true, debug: false });

async function registerServiceWorker(): Promise<void> {
  const registration = (await navigator.serviceWorker.register(
    `${SERVICE_WORKER_URL}?params=${encodeURIComponent(PARAMS)}`,
  )) as ServiceWorkerRegistration | undefined;
  // None where something replaced the browser's registration (Playwright's serviceWorkers: 'block',
  // as the browser tests but offline.test.ts ask, resolves it empty): no offline reading there.
  if (!registration) return;
  let offered = false;
  const offerUpdate = async () => {
    if (offered) return;
    offered = true;
    const { renderReloadPopup } = await import('@docusaurus/plugin-pwa/lib/renderReloadPopup.js');
    await renderReloadPopup({
      onReload() {
        // The new worker claims the page as it activates (swCustom.js): then load the new version.
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload());
        registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };
  const follow = (worker: ServiceWorker) => {
    const onState = () => {
      // A worker activates only once its precache is complete.
      if (worker.state === 'activated') markAvailableOffline();
      // Installed beside an active worker: a new version is waiting.
      if (worker.state === 'installed' && registration.active) void offerUpdate();
    };
    worker.addEventListener('statechange', onState);
    onState();
  };
  if (registration.active) markAvailableOffline();
  for (const worker of [registration.waiting, registration.installing]) if (worker) follow(worker);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) follow(registration.installing);
  });
}

function start(): void {
  registerServiceWorker().catch((error: unknown) =>
    console.error('service worker registration failed', error),
  );
}

/**
 * Once the page is idle after its load: the plugin registers at load, and its precache (about
 * 550 KiB) then downloaded and was stored while the page was still settling, which Lighthouse read
 * as blocking time on an article without samples (4–8 points, BENCHMARKS.md). Where the browser
 * has no requestIdleCallback (Safari), a second after load.
 */
function startWhenIdle(): void {
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 10_000 });
  else setTimeout(start, 1000);
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') startWhenIdle();
  else window.addEventListener('load', startWhenIdle, { once: true });
}
