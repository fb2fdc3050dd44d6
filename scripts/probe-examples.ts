// `npx tsx scripts/probe-examples.ts <distDir>`: runs hostile inputs in the first runnable example of
// a site built under /hub/ (e.g. the e2e build, .tmp/e2e-dist) in headless Chromium, and prints for
// each the outcome, the time to it, the longest main-thread task during the run and the characters
// shown. A measurement for issue 11, not a test: timings depend on the machine.
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/static-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/support/browser.ts';

const dist = process.argv[2] ?? '.tmp/e2e-dist';
const server = await startStaticServer(dist, '/hub/');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_FLAGS,
});
const inputs = {
  '10 MB string': "console.log('x'.repeat(1e7));",
  'object, 1e5 keys':
    'const o = {};\nfor (let i = 0; i < 1e5; i++) o[`key${i}`] = i;\nconsole.log(o);',
  'Uint8Array(2e8)': 'console.log(new Uint8Array(2e8));',
  'loop of 1 MB strings': "const s = 'x'.repeat(1e6);\nfor (;;) console.log(s);",
};
for (const [name, code] of Object.entries(inputs)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto(server.url + 'datastore/');
  await page.evaluate(() => {
    (window as any).longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        (window as any).longest = Math.max((window as any).longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const example = page.locator('run-example').first();
  await example.getByRole('button', { name: 'Edit' }).click();
  await example.getByRole('textbox').waitFor();
  await example.getByRole('textbox').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
  await page.waitForTimeout(1000);
  await page.evaluate(() => ((window as any).longest = 0));
  const t0 = Date.now();
  await example.getByRole('button', { name: 'Run' }).click();
  let state = 'unfinished after 20 s';
  try {
    await page.waitForFunction(
      () =>
        /^(ok|error|timeout)$/.test(
          document.querySelector('run-example .run-example__result')?.getAttribute('data-state') ??
            '',
        ),
      null,
      { timeout: 20_000 },
    );
    state = (await example.locator('.run-example__result').getAttribute('data-state'))!;
  } catch {}
  const elapsed = Date.now() - t0;
  let longest = NaN,
    chars = NaN;
  if (!crashed) {
    longest = await page.evaluate(() => (window as any).longest).catch(() => NaN);
    chars = await page
      .evaluate(
        () => document.querySelector('run-example .run-example__result')?.textContent?.length ?? 0,
      )
      .catch(() => NaN);
  }
  console.log(
    `${name}: ${crashed ? 'TAB CRASHED' : state} after ${elapsed} ms; longest main-thread task ${Math.round(longest)} ms; ${chars} chars shown`,
  );
  await context.close().catch(() => {});
}
await browser.close();
await server.close();
