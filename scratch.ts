import { launchBrowser } from './tests/browser/launchBrowser';
import { serveBuild } from './tests/browser/serveBuild';
(async () => {
  const server = await serveBuild();
  const browser = await launchBrowser();
  const page = await browser.newPage();
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('requestfailed', (r) => console.log('REQFAIL', r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) console.log('HTTP', r.status(), r.url());
  });
  await page.goto(server.origin + '/en/docs/asyncio-async-programming');
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const pair = page.locator('[data-sample-id="s4-01-sync-vs-async-timing"]');
  await pair.getByRole('tab').nth(1).click();
  await pair.locator('button[data-action="run"]').click();
  await page.waitForTimeout(6000);
  const out = pair.locator('[data-testid="console-output"]');
  console.log(
    await out.getAttribute('data-status'),
    await out.innerText(),
    await page.locator('iframe').count(),
  );
  await browser.close();
  await server.close();
})();
