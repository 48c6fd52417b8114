import { launchBrowser } from './tests/browser/launchBrowser';
import { serveBuild } from './tests/browser/serveBuild';
(async () => {
  const server = await serveBuild();
  const browser = await launchBrowser(process.env.EXTRA ? [process.env.EXTRA] : []);
  const page = await browser.newPage();
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('crash', () => console.log('PAGE CRASHED'));
  await page.goto(server.origin + '/en/docs/asyncio-async-programming');
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const pair = page.locator('[data-sample-id]');
  await pair.getByRole('tab').nth(1).click();
  await pair.hover();
  const editor = pair.locator('[data-testid="editor"]');
  await editor.waitFor();
  await editor.fill("console.log(typeof document, typeof localStorage, typeof parent, self.origin);\nconst a: number[][] = [];\nwhile (true) a.push(new Array(1e7).fill(1.5));");
  console.log('EDITOR', JSON.stringify(await editor.innerText()));
  const client = await page.context().newCDPSession(page);
  await pair.locator('[data-action="run"]').click();
  const t0 = Date.now();
  for (let i = 0; i < 30; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    console.log('cdp', JSON.stringify(await client.send('Runtime.evaluate', { expression: 'document.title + " " + document.querySelector("[data-testid=console-output]").getAttribute("data-status")', returnByValue: true }).catch((e) => 'CDP FAILED ' + e.message)));
    continue;
    const st = await pair.locator('[data-testid="console-output"]').getAttribute('data-status').catch((e) => 'ERR ' + e.message);
    console.log(Date.now() - t0, st);
    if (st !== 'running') break;
  }
  console.log(await pair.locator('[data-testid="console-output"]').innerText().catch(() => 'n/a'));
  await browser.close(); await server.close();
})();
