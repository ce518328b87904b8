// The page loads the bundled report and shows its title and section headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withExplorer, openPage, assertClean, screenshot, ROOT } from './support.mjs';

const env = withExplorer();

/// The bundled report's title (from its overlay) and its headings.
async function expectedSections() {
  const overlay = JSON.parse(await readFile(join(ROOT, 'public/reports/fall-of-aleppo.overlay.json'), 'utf8'));
  return { title: overlay.title, headings: ['East Aleppo Falls', 'Faced with an Onslaught', 'Internal Rot', 'Aleppo’s Lessons', 'Hard Questions', 'Notes'] };
}

test('the page shows the report title and its section headings', async () => {
  const page = await openPage(env.browser, env.server.url + '?view=read');
  const { title, headings } = await expectedSections();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('article.reading section').first().waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), title);
  const shown = await page.locator('article.reading section h2').allTextContents();
  assert.deepEqual(shown, ['Opening', ...headings]);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: /^Sections, now reading/ }).click();
  const toc = await nav.getByRole('list').getByRole('link').allTextContents();
  assert.deepEqual(toc, ['Opening', ...headings], 'the sections menu lists every section');
  await nav.getByRole('link', { name: 'Internal Rot' }).click();
  await page.waitForFunction(() => location.hash === '#section-internal-rot');
  await page.waitForFunction(() => document.querySelector('.current-section')?.textContent === 'Internal Rot');
  assert.equal(await nav.getByRole('list').isVisible(), false, 'choosing a section closes the menu');
  assert.ok(await page.getByText('Syrian rebels’ loss of east Aleppo in December').first().isVisible(), 'the report text is shown');
  // The Section facet lists the body sections in reading order.
  const sections = await page.getByRole('group', { name: 'Section' }).locator('.value-label').allTextContents();
  assert.deepEqual(sections, ['Opening', ...headings.filter((h) => h !== 'Notes')]);
  await screenshot(page, 'skeleton-desktop', { fullPage: false });
  assertClean(assert, page);
  await page.context().close();
});
