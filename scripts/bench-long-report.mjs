// A report of several megabytes in the browser (a benchmark, not a test): the bundled report
// repeated 90 times (3.9 MB), opened with "Open a report" as a reader's file, then what a reader
// does next: a faction, the reading view, a scroll to the end, back to the quotes. Prints the
// time until the first card shows and the main thread's long tasks (over 50 ms) of each step,
// from Chromium's PerformanceObserver. The steps are clicks made in the page, so that
// Playwright's own queries over a DOM this size are not counted as the page's work.
// Run after a release build: `node scripts/bench-long-report.mjs` (RUNS=3 by default).
import { serve, launch, openPage } from '../tests/e2e/support.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const server = await serve();
const browser = await launch();
const rows = [];
for (let run = 0; run < RUNS; run++) {
  const page = await openPage(browser, server.url);
  const size = await page.evaluate(async () => {
    const body = await (await fetch('reports/fall-of-aleppo.txt')).text();
    window.__bigFile = new File([Array.from({ length: 90 }, () => body).join('\n\n')], 'big.txt', { type: 'text/plain' });
    return window.__bigFile.size;
  });
  await page.getByRole('button', { name: 'Open a report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a report' });
  await dialog.waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push(Math.round(e.duration)); })
      .observe({ type: 'longtask', buffered: false });
  });
  const take = () => page.evaluate(() => { const t = window.__tasks; window.__tasks = []; return t; });
  const click = (selector, text) => page.evaluate(([selector, text]) => {
    [...document.querySelectorAll(selector)].find((e) => !text || e.textContent.trim() === text).click();
  }, [selector, text]);
  const started = Date.now();
  await dialog.getByLabel('Choose a file').evaluate((input) => {
    const files = new DataTransfer();
    files.items.add(window.__bigFile);
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForURL(/report=local:/, { timeout: 120_000 });
  await page.locator('#app .card').first().waitFor({ timeout: 120_000 });
  const shown = Date.now() - started;
  await page.waitForTimeout(1500);
  const steps = { 'open (parse in the worker, index, render)': await take() };
  await click('fieldset[aria-labelledby="facet-faction"] input[type=checkbox]');
  await page.waitForTimeout(1500);
  steps['a faction'] = await take();
  await click('.view-tabs a', 'Read');
  await page.locator('#reading .report-section').first().waitFor();
  await page.waitForTimeout(4000);
  steps['the reading view'] = await take();
  await page.mouse.wheel(0, 60000);
  await page.waitForTimeout(1000);
  steps['scrolling it'] = await take();
  await click('.view-tabs a', 'Quotes');
  await page.locator('#app .card').first().waitFor();
  await page.waitForTimeout(1500);
  steps['back to the quotes'] = await take();
  rows.push({ size, shown, steps });
  await page.context().close();
}
console.log(`report of ${rows[0].size.toLocaleString('en')} bytes, ${RUNS} runs`);
console.log(`choose the file → first card: ${rows.map((r) => `${r.shown} ms`).join(', ')}`);
console.log('| step | long tasks (ms), per run | longest |');
console.log('|---|---|---:|');
for (const step of Object.keys(rows[0].steps)) {
  const runs = rows.map((r) => `[${r.steps[step].join(', ')}]`).join(' ');
  const longest = Math.max(0, ...rows.flatMap((r) => r.steps[step]));
  console.log(`| ${step} | ${runs} | ${longest} ms |`);
}
await browser.close();
server.close();
