// The page loads the bundled report and shows its title and section headings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openPage, assertClean, screenshot, ROOT } from './support.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// Headings of the bundled report: the lines that stand alone without closing punctuation.
async function expectedSections() {
  const overlay = JSON.parse(await readFile(join(ROOT, 'public/reports/fall-of-aleppo.overlay.json'), 'utf8'));
  return { title: overlay.title, headings: ['East Aleppo Falls', 'Faced with an Onslaught', 'Internal Rot', 'Aleppo’s Lessons', 'Hard Questions', 'Notes'] };
}

test('the page shows the report title and its section headings', async () => {
  const page = await openPage(browser, server.url);
  const { title, headings } = await expectedSections();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title);
  const toc = page.getByRole('navigation', { name: 'Sections' });
  for (const heading of headings) {
    assert.ok(await toc.getByRole('link', { name: heading, exact: true }).isVisible(), `table of contents lists ${heading}`);
  }
  assert.ok(await page.getByText('Syrian rebels’ loss of east Aleppo in December').first().isVisible(), 'the report text is shown');
  await screenshot(page, 'skeleton-desktop', { fullPage: false });
  assertClean(assert, page);
  await page.context().close();
});
