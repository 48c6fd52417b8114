import { launchBrowser } from './tests/browser/launchBrowser';
(async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto('http://127.0.0.1:3000/en/docs/asyncio-async-programming');
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.evaluate(() =>
    window.addEventListener('message', (e) => console.log('MSG', JSON.stringify(e.data).slice(0, 200))),
  );
  const pair = page.locator('[data-sample-id="s4-01-sync-vs-async-timing"]');
  await pair.getByRole('tab', { name: /TypeScript/ }).click();
  await pair.locator('button[data-action="run"]').hover();
  await page.waitForTimeout(1000);
  console.log('iframes', await page.locator('iframe').count());
  await pair.locator('button[data-action="fast-forward"]').click();
  await pair.locator('button[data-action="run"]').click();
  await page.waitForTimeout(5000);
  const out = pair.locator('[data-testid="console-output"]');
  console.log(await out.getAttribute('data-status'), await out.innerText());
  await browser.close();
})();
