import { launchBrowser } from './tests/browser/launchBrowser';
import { serveBuild } from './tests/browser/serveBuild';
import { execSync } from 'node:child_process';
(async () => {
  const server = await serveBuild();
  const browser = await launchBrowser(process.env.EXTRA ? process.env.EXTRA.split(' ') : []);
  const page = await browser.newPage();
  await page.goto(server.origin + '/en/docs/asyncio-async-programming');
  await page.waitForSelector('html[data-has-hydrated="true"]');
  const count = () => execSync("ps -eo args | grep -c '[t]ype=renderer' || true").toString().trim();
  console.log('renderers before', count());
  const pair = page.locator('[data-sample-id]');
  await pair.getByRole('tab').nth(1).click();
  await pair.hover();
  await pair.locator('[data-testid="editor"]').waitFor();
  await page.waitForTimeout(500);
  console.log('renderers after sandbox', count());
  await browser.close(); await server.close();
})();
