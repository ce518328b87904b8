// Browser timings of the built explorer in headless Chromium (a benchmark, not a test):
//   - navigation start to the first quote card in the DOM, over fresh page loads;
//   - a facet click to the updated list: click → DOM updated, and click → next animation frame,
//     over 50 clicks. Run after a release build: `./x bench` or `node scripts/bench-browser.mjs`.
import { serve, launch } from '../tests/e2e/support.mjs';

const LOADS = Number(process.env.LOADS ?? 15);
const CLICKS = Number(process.env.CLICKS ?? 50);

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const ms = (x) => `${x.toFixed(1)} ms`;

const server = await serve();
const browser = await launch();

const firstCard = [];
const firstPaint = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.card')) {
        window.firstCardAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await page.waitForSelector('.card');
  const timings = await page.evaluate(() => ({
    card: window.firstCardAt,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  firstCard.push(timings.card);
  firstPaint.push(timings.paint);
  await context.close();
}

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('.card');
const clicks = await page.evaluate(async (n) => {
  const boxes = [...document.querySelectorAll('fieldset.facet')][0].querySelectorAll('input[type=checkbox]');
  const count = document.querySelector('.count');
  const dom = [];
  const frame = [];
  for (let i = 0; i < n; i++) {
    const box = boxes[i % boxes.length];
    const before = count.textContent;
    const updated = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (count.textContent !== before) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(count, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    box.click();
    const t1 = await Promise.race([updated, new Promise((r) => setTimeout(() => r(NaN), 1000))]);
    const t2 = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    dom.push(t1 - t0);
    frame.push(t2 - t0);
    box.click(); // undo, so every click starts from no selection
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return { dom, frame };
}, CLICKS);
await context.close();
await browser.close();
await server.close();

const chromium = 'Debian Chromium (headless), loopback server';
console.log(`| measure (${chromium}) | median | p95 | runs |`);
console.log('|---|---:|---:|---:|');
console.log(`| navigation start → first contentful paint | ${ms(median(firstPaint))} | ${ms(percentile(firstPaint, 95))} | ${LOADS} |`);
console.log(`| navigation start → first quote card in the DOM | ${ms(median(firstCard))} | ${ms(percentile(firstCard, 95))} | ${LOADS} |`);
console.log(`| facet click → list and count updated | ${ms(median(clicks.dom))} | ${ms(percentile(clicks.dom, 95))} | ${CLICKS} |`);
console.log(`| facet click → next animation frame | ${ms(median(clicks.frame))} | ${ms(percentile(clicks.frame, 95))} | ${CLICKS} |`);
