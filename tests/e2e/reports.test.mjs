// Other reports of the genre: `?report=NAME` opens reports/NAME.txt, every link keeps it, note
// links work in hard-wrapped text, a long real report stays legible, a bibliography after the
// notes is a section of its own, and a missing report says which ones exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withExplorer, openPage, assertClean, screenshot, reportRoutes, appReady, ROOT } from './support.mjs';

const CORPUS = process.env.EXPLORER_CORPUS ?? join(ROOT, '../shared/corpus');
const LONG = join(CORPUS, 'roads-and-bridges/roads-and-bridges.txt');
// An invented report whose notes are followed by a References list.
const WITH_REFERENCES = join(ROOT, 'tests/fixtures/genre/tavorn-conflict-paper/tavorn-conflict-paper.txt');

// The test server also hosts an invented report and, when the corpus is here, a real one.
const env = withExplorer(() => ({
  routes: reportRoutes({
    'kessa-valley': join(ROOT, 'tests/fixtures/reports/kessa-valley.txt'),
    'tavorn-conflict-paper': WITH_REFERENCES,
    ...(existsSync(LONG) ? { 'roads-and-bridges': LONG } : {}),
  }),
}));

const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/reports/kessa-valley.expected.json'), 'utf8'));
/// Quotes as the explorer counts them: speech, a quote split by its attribution counted once.
const kessaQuotes = expected.quotes.filter((q) => q.kind === 'speech' && !q.continues).length;

/// The explorer's own links on the page (relative query strings), fragment removed.
const ownLinks = (page) => page.locator('a[href^="?"]').evaluateAll((links) => links.map((a) => a.getAttribute('href').split('#')[0]));

test('another report opens with ?report=, and every link of every view keeps it', async () => {
  const page = await openPage(env.browser, env.server.url + '?report=kessa-valley');
  await page.locator('.card').first().waitFor();
  assert.equal(await page.locator('h1').textContent(), expected.title);
  assert.equal(await page.locator('.byline').textContent(), expected.byline);
  assert.equal(await page.locator('.count').textContent(), `${kessaQuotes} of ${kessaQuotes} quotes`);
  for (const view of ['quotes', 'read', 'notes']) {
    await page.getByRole('link', { name: view[0].toUpperCase() + view.slice(1), exact: true }).click();
    await page.waitForURL(view === 'quotes' ? /\?report=kessa-valley$/ : new RegExp(`view=${view}`));
    const links = await ownLinks(page);
    assert.ok(links.length > 3, `${view}: links found`);
    assert.deepEqual(links.filter((h) => new URLSearchParams(h).get('report') !== 'kessa-valley'), [], `${view}: every link keeps the report`);
  }
  // Follow a card's link, a chart mark and a facet, reloading after each: the same view comes back.
  await page.goto(env.server.url + '?report=kessa-valley');
  await appReady(page);
  const steps = [
    ['Read in context', () => page.locator('.card').first().getByRole('link', { name: 'Read in context' }).click()],
    ['a chart mark', () => page.locator('.chart a.mark').nth(2).click()],
    ['a faction', async () => {
      await page.getByRole('link', { name: 'Quotes', exact: true }).click();
      await page.getByRole('group', { name: 'Faction' }).getByRole('checkbox', { name: /^Highland Defense Forces/ }).check();
    }],
  ];
  for (const [what, act] of steps) {
    const before = page.url();
    await act();
    await page.waitForFunction((url) => location.href !== url, before);
    const url = page.url();
    assert.match(url, /report=kessa-valley/, what);
    const shown = async () => ({
      title: await page.locator('h1').textContent(),
      view: await page.locator('.view-tabs [aria-current="page"]').textContent(),
      count: await page.locator('.count').textContent(),
    });
    const was = await shown();
    await page.reload();
    await appReady(page);
    await page.locator('h1').waitFor();
    await page.waitForFunction((c) => document.querySelector('.count')?.textContent === c, was.count);
    assert.deepEqual(await shown(), was, `${what}: a reload shows the same view`);
    assert.equal(page.url(), url);
  }
  await screenshot(page, 'other-report');
  assertClean(assert, page);
  await page.context().close();
});

test('in a hard-wrapped report every note link and back-link leads to a place that exists', async () => {
  const page = await openPage(env.browser, env.server.url + '?report=kessa-valley&view=read');
  await page.locator('article.reading section').first().waitFor();
  const targets = await page.locator('article.reading a[href^="#"]').evaluateAll((links) =>
    links.map((a) => ({ href: a.getAttribute('href'), back: a.classList.contains('back-link') })));
  const backs = targets.filter((t) => t.back);
  const markers = targets.filter((t) => t.href.startsWith('#note-'));
  assert.equal(backs.length, expected.notes.length, "one back-link per note, each cited once");
  assert.ok(backs.length >= 5 && markers.length >= 5, `${backs.length} back-links, ${markers.length} markers`);
  const missing = await page.evaluate((hrefs) => hrefs.filter((h) => !document.getElementById(h.slice(1))), targets.map((t) => t.href));
  assert.deepEqual(missing, [], 'every link has its target');
  // Follow one marker down to its note and the note's back-link up to the marker.
  const marker = page.locator('sup.marker a').nth(1);
  const markerId = await marker.evaluate((a) => a.parentElement.id);
  await marker.click();
  const note = (await marker.getAttribute('href')).slice(1);
  await page.waitForFunction((id) => location.hash === `#${id}`, note);
  await page.locator(`#${note} a.back-link`).first().click();
  await page.waitForFunction((id) => location.hash === `#${id}`, markerId);
  // The page glides there (smooth scrolling): wait until the marker is on screen.
  await page.waitForFunction((id) => {
    const box = document.getElementById(id).getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }, markerId);
  assertClean(assert, page);
  await page.context().close();
});

test('a report that is not there says so and lists the reports that exist', async () => {
  const page = await openPage(env.browser, env.server.url + '?report=no-such-report');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /no report named “no-such-report”/);
  const offered = await alert.getByRole('link').allTextContents();
  assert.ok(offered.includes('fall-of-aleppo') && offered.includes('kessa-valley'), offered.join(', '));
  await alert.getByRole('link', { name: 'kessa-valley' }).click();
  await page.locator('h1', { hasText: expected.title }).waitFor();
  assertClean(assert, page);
  await page.context().close();
});

test('a long real report keeps its chart labels apart and groups its sections by chapter', { skip: !existsSync(LONG) && `no corpus at ${CORPUS}` }, async () => {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const page = await openPage(env.browser, env.server.url + '?report=roads-and-bridges', { viewport: { width, height } });
    await page.locator('.card').first().waitFor();
    const boxes = await page.locator('.chart-svg text').evaluateAll((texts) =>
      texts.map((t) => t.getBoundingClientRect()).filter((b) => b.width > 0).map((b) => ({ left: b.left, right: b.right, text: '' })));
    assert.ok(boxes.length >= 2, `${width}px: some section labels show (${boxes.length})`);
    boxes.sort((a, b) => a.left - b.left);
    for (let i = 1; i < boxes.length; i++) {
      assert.ok(boxes[i - 1].right <= boxes[i].left, `${width}px: labels ${i - 1} and ${i} do not overlap`);
    }
    const track = await page.locator('.chart-track').boundingBox();
    assert.ok(boxes.at(-1).right <= track.x + track.width + 1, `${width}px: the last label stays inside the chart`);
    await page.locator('.chart').screenshot({ path: join(ROOT, `tests/artifacts/long-report-chart-${width}.png`) });
    if (width === 1280) {
            const group = page.getByRole('group', { name: 'Section' });
      const chapters = await group.locator('.facet-value.depth-0').count();
      const shown = await group.locator('.facet-value').count();
      assert.ok(chapters >= 2, `the list shows chapters (${chapters})`);
      assert.equal(shown, chapters, 'subsections start collapsed: only chapters are listed');
      const toggle = group.getByRole('button', { name: /^Subsections of / }).first();
      const chapter = (await toggle.getAttribute('aria-label') ?? await toggle.textContent()).replace(/^Subsections of /, '');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      const opened = await group.locator('.facet-value:not(.depth-0)').count();
      assert.ok(opened > 0, `opening “${chapter}” lists its subsections`);
      assert.equal(await group.locator('.facet-value').count(), shown + opened, 'the other chapters stay as they were');
      await toggle.click();
      assert.equal(await group.locator('.facet-value').count(), shown, 'closing it hides them again');
      await group.screenshot({ path: join(ROOT, 'tests/artifacts/long-report-sections.png') });
    }
    assertClean(assert, page);
    await page.context().close();
  }
});

test('a bibliography after the notes reads as its own section, and the last note keeps only its own words', async () => {
  const lines = readFileSync(WITH_REFERENCES, 'utf8').split('\n').map((l) => l.trim());
  const heading = lines.indexOf('References');
  const entries = lines.slice(heading + 1).filter((l) => l);
  assert.ok(heading > 0 && entries.length > 3, 'the fixture ends on a References list');
  const page = await openPage(env.browser, env.server.url + '?report=tavorn-conflict-paper&view=read');
  await page.locator('p.reference').first().waitFor();
  assert.deepEqual(await page.locator('p.reference').allTextContents(), entries, 'each entry is a reference of its own, in order');
  assert.equal(await page.getByRole('heading', { name: 'References', exact: true }).count(), 1);
  // The notes view ends on the last numbered note, not on the bibliography glued to it.
  await page.getByRole('link', { name: 'Notes', exact: true }).click();
  await page.waitForURL(/view=notes/);
  const lastNote = lines.filter((l) => /^\d+\. /.test(l)).pop().replace(/^\d+\. /, '');
  await page.locator('.note-text').last().waitFor();
  assert.equal((await page.locator('.note-text').last().textContent()).trim(), lastNote);
  assertClean(assert, page);
  await page.context().close();
});
