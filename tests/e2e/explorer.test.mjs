// The faceted explorer, driven as a reader would: filters, search, counts, URL state, notes,
// the chart, export, keyboard, phone layout and an accessibility audit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withExplorer, openPage, assertClean, screenshot, appReady, ROOT, settledCount } from './support.mjs';
import { goldSpeechByFaction, goldSpeechInSection, normText, goldQuotes, quoteCount, goldQuoteTotal, modelFaction, modelQuoteCount } from './gold.mjs';

const env = withExplorer();

/// Opens the explorer at a query string and waits for it to render.
async function explorer(query = '', options = {}) {
  const page = await openPage(env.browser, env.server.url + query, options);
  await page.locator('h1').waitFor();
  return page;
}

/// The quotes on the cards, as "line|words" keys.
async function shownQuotes(page) {
  const segments = await page.locator('.cards .segment').evaluateAll((els) => els.map((e) => [e.dataset.line, e.textContent]));
  return new Set(segments.map(([line, text]) => `${line}|${normText(text)}`));
}

/// The checkbox of a facet value, found through the facet's group and the value's label.
function checkbox(page, facet, label) {
  return page.getByRole('group', { name: facet }).getByRole('checkbox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
}

/// The page's faction labels, keyed by the reference faction whose quotes each holds.
async function factionLabels(page) {
  const shown = await page.getByRole('group', { name: 'Faction' }).locator('.value-label').allTextContents();
  const labels = new Map();
  for (const faction of goldSpeechByFaction().keys()) {
    const { name } = modelFaction(faction);
    if (shown.includes(name)) labels.set(faction, name);
  }
  return labels;
}

/// Quotes of the reference annotations, counted as the explorer counts them.
const GOLD = goldSpeechByFaction();
const LEVANT = quoteCount(GOLD.get('levant front'));
const CIVILIANS = quoteCount(GOLD.get('civilian'));
const TOTAL = `of ${goldQuoteTotal} quotes`;

const count = async (page) => (await page.locator('.count').textContent()).trim();

test('selecting each faction of the reference annotations shows exactly its speech quotes', async () => {
  const page = await explorer();
  const labels = await factionLabels(page);
  const gold = goldSpeechByFaction();
  assert.equal(labels.size, gold.size, 'one checkbox per faction');
  for (const [faction, expected] of gold) {
    const label = labels.get(faction);
    assert.ok(label, `a checkbox for ${faction}`);
    await checkbox(page, 'Faction', label).check();
    await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), quoteCount(expected));
    assert.deepEqual([...(await shownQuotes(page))].sort(), [...expected].sort(), faction);
    assert.equal(await settledCount(page), quoteCount(expected), `${faction}: the count is the number of cards`);
    const factions = await page.locator('.card').evaluateAll((cards) => [...new Set(cards.map((c) => c.dataset.faction))]);
    assert.equal(factions.length, 1, `${faction}: every card carries one faction id`);
    await checkbox(page, 'Faction', label).uncheck();
  }
  await page.waitForFunction((n) => document.querySelector('.count').textContent === `${n} of ${n} quotes`, goldQuoteTotal);
  assertClean(assert, page);
  await page.context().close();
});

test('two factions together show both; a faction and a section show their overlap', async () => {
  const page = await explorer();
  const labels = await factionLabels(page);
  const gold = goldSpeechByFaction();
  const levant = labels.get('levant front');
  const civilians = labels.get('civilian');
  await checkbox(page, 'Faction', levant).check();
  await checkbox(page, 'Faction', civilians).check();
  const both = new Set([...gold.get('levant front'), ...gold.get('civilian')]);
  await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), quoteCount(both));
  assert.deepEqual([...(await shownQuotes(page))].sort(), [...both].sort());
  assert.match(page.url(), /faction=civilians,levant-front/);

  await checkbox(page, 'Faction', civilians).uncheck();
  await checkbox(page, 'Section', 'Aleppo’s Lessons').check();
  const inSection = goldSpeechInSection('Aleppo’s Lessons');
  const overlap = [...gold.get('levant front')].filter((q) => inSection.has(q));
  await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), quoteCount(overlap));
  assert.deepEqual([...(await shownQuotes(page))].sort(), overlap.sort());
  assertClean(assert, page);
  await page.context().close();
});

test('the counts beside the checkboxes are what adding that value would show', async () => {
  const page = await explorer('?faction=levant-front');
  const gold = goldSpeechByFaction();
  const labels = await factionLabels(page);
  await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), quoteCount(gold.get('levant front')));
  // Faction counts are disjunctive: choosing one faction leaves the others' counts as they were.
  for (const [faction, expected] of gold) {
    const value = page.getByRole('group', { name: 'Faction' }).locator('.facet-value', { hasText: labels.get(faction) });
    assert.equal(Number(await value.locator('.value-count').textContent()), quoteCount(expected), faction);
  }
  // Speakers narrow to the chosen faction; the rest stay listed with zero.
  const speakers = page.getByRole('group', { name: 'Speaker' });
  assert.equal(await speakers.locator('.facet-value', { hasText: 'Jumu’ah Abu Ahmed' }).locator('.value-count').textContent(), String(quoteCount(gold.get('levant front'))));
  const zero = speakers.locator('.facet-value.zero', { hasText: 'Omar Salkhou' });
  assert.equal(await zero.count(), 1, 'a speaker of another faction stays visible, marked as zero');
  assert.equal(await zero.getByRole('checkbox').isVisible(), true);
  assertClean(assert, page);
  await page.context().close();
});

test('search ignores case, accents and apostrophes and looks into speakers and notes', async () => {
  const page = await explorer();
  const search = page.getByRole('searchbox', { name: 'Search quotes, speakers and notes' });
  const said = (speaker) => modelQuoteCount((q) => q.speaker === speaker);
  const cases = [
    ['whip-hand', 1],
    ['WHIP-HAND', 1],
    ['Jumuah', said('jumuah-abu-ahmed')],
    ['abū bakr', said('al-farouq-abu-bakr')],
    ["don't put your hopes", 1],
    ['Skype', modelQuoteCount((q, notes) => /skype/i.test(notes))],
    ['"political vacuum"', 1],
  ];
  for (const [term, expected] of cases) {
    await search.fill(term);
    await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), expected);
    assert.equal(await count(page), `${expected} of ${goldQuoteTotal} quotes`, term);
    assert.equal(await settledCount(page), expected, `${term}: one card per quote counted`);
  }
  assert.match(page.url(), /q=%22political%20vacuum%22/);
  assertClean(assert, page);
  await page.context().close();
});

test('the URL holds the state: opening a URL, changing state, back and forward, reload', async () => {
  const page = await explorer('?faction=levant-front&view=read');
  assert.equal(await page.getByRole('checkbox', { name: /^Levant Front/ }).isChecked(), true);
  assert.equal(await page.locator('.view-tabs [aria-current="page"]').textContent(), 'Read');
  assert.ok(await page.locator('article.reading').isVisible());

  await page.getByRole('link', { name: 'Quotes', exact: true }).click();
  await page.waitForURL(/faction=levant-front$/);
  await checkbox(page, 'Faction', modelFaction('civilian').name).check();
  await page.waitForURL(/faction=civilians,levant-front/);
  assert.equal(await count(page), `${LEVANT + CIVILIANS} ${TOTAL}`);

  await page.goBack();
  await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), LEVANT);
  assert.equal(await page.getByRole('checkbox', { name: /^Civilians/ }).isChecked(), false);
  await page.goBack();
  await page.locator('article.reading').waitFor();
  await page.goForward();
  await page.locator('.cards').waitFor();

  await page.reload();

  await appReady(page);
  await page.waitForFunction((n) => document.querySelector('.count')?.textContent.startsWith(`${n} of`), LEVANT);
  assert.equal(await page.getByRole('checkbox', { name: /^Levant Front/ }).isChecked(), true);
  assertClean(assert, page);
  await page.context().close();
});

test('a deep link to a quote scrolls to it and highlights it', async () => {
  const target = goldQuotes.find((q) => q.line === 236);
  const page = await explorer();
  const id = await page.locator('.segment', { hasText: normText(target.text).slice(0, 30) }).getAttribute('data-quote-id');
  await page.context().close();

  const linked = await explorer(`?quote=${id}`);
  const segment = linked.locator(`#q-${id}`);
  await linked.waitForFunction((sel) => document.activeElement === document.querySelector(sel), `#q-${id}`);
  assert.ok(await segment.evaluate((el) => el.classList.contains('highlighted')));
  const box = await segment.boundingBox();
  const viewport = linked.viewportSize();
  assert.ok(box.y > 0 && box.y + box.height < viewport.height, 'the quote is in view');
  await screenshot(linked, 'deep-link');
  assertClean(assert, linked);
  await linked.context().close();
});

test('a malformed URL keeps what it can and says what it dropped', async () => {
  const page = await explorer('?faction=levant-front,no-such-faction&view=map&speaker=%E2%28&utm_source=x');
  const notice = page.locator('.notice');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /no faction “no-such-faction”/);
  assert.match(text, /no view “map”/);
  assert.match(text, /utm_source/);
  assert.match(text, /no speaker “�\(”/, 'a broken escape is shown as what it decodes to');
  assert.equal(await count(page), `${LEVANT} ${TOTAL}`, 'the valid filter still applies');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.locator('.notice').count(), 0);
  assertClean(assert, page);
  await page.context().close();
});

test('report text and URL text are shown as text, never run as HTML', async () => {
  const page = await explorer('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await page.locator('.chip').first().waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.match(await page.locator('.chip').first().textContent(), /<img src=x onerror=alert\(1\)>/);
  assertClean(assert, page);
  await page.context().close();
});

test('notes list their kind, what an Ibid repeats, and link back to the passages and quotes that cite them', async () => {
  const page = await explorer('?view=notes');
  const note = page.locator('#note-37');
  assert.match(await note.locator('.note-head').textContent(), /37\s*Interview\s*Skype\s*January 2017/);
  const ibid = page.locator('#note-24');
  assert.match(await ibid.textContent(), /Repeats note\s*23/);
  // The place in the text that cites the note.
  await note.getByRole('link', { name: 'Read where it is cited' }).click();
  await page.waitForURL(/view=read#ref-37-\d+$/);
  const marker = new URL(page.url()).hash.slice(1);
  await page.waitForFunction((id) => document.activeElement === document.getElementById(id), marker);
  assert.ok(await page.locator(`#${marker}`).isVisible(), 'the marker is on screen');
  // The quotes the note sources.
    await page.goBack();
  const quotes = page.locator('#note-37 .backlinks').filter({ hasText: 'Sources the quotes' }).getByRole('link');
  await quotes.first().waitFor();
  assert.ok((await quotes.count()) >= 3, 'note 37 sources the Abdul Kareem quotes');
  await quotes.first().click();
  await page.waitForURL(/view=read&quote=/);
  const id = new URL(page.url()).searchParams.get('quote');
  await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), `#q-${id}`);
  assert.equal(await page.locator(`#q-${id}`).getAttribute('data-speaker'), 'bilal-abdul-kareem');

  // A filter narrows the notes to those the filtered quotes cite.
  await page.goto(env.server.url + '?view=notes&speaker=bilal-abdul-kareem');
  await appReady(page);
  await page.locator('.notes-summary').waitFor();
  assert.equal(await page.locator('.note:not(.hidden)').count(), 1);
  await page.getByRole('button', { name: 'Show all notes' }).click();
  assert.equal(await page.locator('.note:not(.hidden)').count(), 49);
  assertClean(assert, page);
  await page.context().close();
});

test('clicking a mark in the chart opens that passage in the reading view', async () => {
  const page = await explorer('?faction=fateh-al-sham-front');
  const marks = page.locator('.chart-svg a.mark:not(.dim)');
  const fateh = quoteCount(GOLD.get('fateh al-sham front'));
  assert.equal(await marks.count(), fateh, 'the chart marks the filtered quotes');
  assert.equal(await page.locator('.chart-svg a.mark').count(), goldQuoteTotal, 'a mark per quote');
  await marks.first().click();
  await page.waitForURL(/view=read&quote=/);
  assert.match(page.url(), /faction=fateh-al-sham-front/, 'the filter stays');
  const id = new URL(page.url()).searchParams.get('quote');
  const mark = page.locator(`mark#q-${id}`);
  await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), `mark#q-${id}`);
  assert.equal(await mark.getAttribute('data-speaker'), 'fateh-al-sham-front');
  // Keyboard: the marks are one Tab stop; arrow keys move between them; Enter opens one.
  await page.goto(env.server.url + '?faction=fateh-al-sham-front');
  await appReady(page);
  await page.locator('.chart-svg a.mark').first().waitFor();
  const tabStops = await page.locator('.chart-svg a.mark[tabindex="0"]').count();
  assert.equal(tabStops, 1, 'one mark takes Tab; the others are reached with the arrow keys');
  const stop = page.locator('.chart-svg a.mark[tabindex="0"]');
  assert.equal(await stop.evaluate((a) => a.classList.contains('dim')), false, 'the Tab stop is a mark the filter shows');
  await stop.focus();
  const first = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(first, second, 'ArrowRight moves to the next mark');
  assert.equal(await page.locator('.chart-svg a.mark[tabindex="0"]').getAttribute('id'), second);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(/view=read&.*quote=/);
  const boxes = await page.locator('.chart-svg a.mark rect').evaluateAll((els) =>
    els.map((e) => { const b = e.getBoundingClientRect(); return `${Math.round(b.x)},${Math.round(b.y)}`; }));
  assert.equal(new Set(boxes).size, boxes.length, 'no mark sits exactly on another');
  assertClean(assert, page);
  await page.context().close();
});

test('export writes the filtered quotes as CSV and JSON', async () => {
  const page = await explorer('?faction=civilians', { acceptDownloads: true });
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  assert.equal(csv.suggestedFilename(), 'fall-of-aleppo-civilians.csv', 'the file name says the report and the filter');
  assert.ok(csvText.startsWith('\ufeff'), 'a byte-order mark, so spreadsheets read it as UTF-8');
  const lines = csvText.slice(1).trim().split('\r\n');
  assert.equal(lines[0], 'id,quote,speaker,role,faction,section,line,note,note_text,confidence,link');
  assert.equal(lines.length, 1 + CIVILIANS, 'one row per quote shown');
  assert.ok(lines.slice(1).every((l) => l.includes(',Salem Abualnaser,') && l.includes(',Civilians,')));
  assert.ok(lines[1].endsWith(`${env.server.url}?quote=we-were-afraid`), lines[1]);
  assert.equal(await page.locator('.export-label').textContent(), `Export ${CIVILIANS} quotes (filtered)`);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
  const rows = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(json.suggestedFilename(), 'fall-of-aleppo-civilians.json');
  assert.equal(rows.length, CIVILIANS);
  assert.equal(rows[0].speaker, 'Salem Abualnaser');
  assert.equal(rows[0].note, 17);
  assert.match(rows[0].note_text, /Skype/);
  assertClean(assert, page);
  await page.context().close();
});

test('a quote’s citation can be copied', async () => {
  const page = await explorer('?speaker=bilal-abdul-kareem');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await page.locator('.card').first().getByRole('button', { name: 'Copy citation' }).click();
  await page.locator('.card').first().locator('.copy-status', { hasText: 'Citation copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^“sleepy checkpoints” … “[^”]+” — /, 'every segment of the quote, then who said it');
  assert.match(copied, new RegExp(`Bilal Abdul Kareem \\(${modelFaction('activist-journalist').name}\\)`));
  assert.match(copied, /note 37: Bilal Abdul Kareem, interview with the author, Skype, January 2017\./);
  assertClean(assert, page);
  await page.context().close();
});

test('the keyboard reaches everything: / focuses search, Esc clears it, Tab and Space filter', async () => {
  const page = await explorer();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await page.keyboard.type('holocaust');
  await page.waitForFunction(() => document.querySelector('.count').textContent.startsWith('1 of'));
  await page.keyboard.press('Escape');
  await page.waitForFunction((n) => document.querySelector('.count').textContent.startsWith(`${n} of`), goldQuoteTotal);
  // Tab from the search box to the first faction checkbox, then toggle it with Space.
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.type === 'checkbox');
  }
  assert.ok(reached, 'a checkbox is reachable by Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focus is visible');
  await page.keyboard.press('Space');
  await page.waitForURL(/faction=/);
  assertClean(assert, page);
  await page.context().close();
});

test('on a phone the filters open in a drawer', async () => {
  const page = await explorer('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const filters = page.locator('#filters');
  assert.equal(await filters.isVisible(), false, 'filters are tucked away');
  const toggle = page.getByRole('button', { name: /^Filters/ });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await screenshot(page, 'phone-results');
  await toggle.click();
  assert.equal(await filters.isVisible(), true);
  await screenshot(page, 'phone-drawer');
  await checkbox(page, 'Faction', 'Levant Front').check();
  await page.getByRole('button', { name: 'Done' }).click();
  assert.equal(await filters.isVisible(), false);
  assert.equal(await count(page), `${LEVANT} ${TOTAL}`);
  assert.equal(await page.getByRole('button', { name: /^Filters/ }).textContent(), 'Filters (1)');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  assertClean(assert, page);
  await page.context().close();
});

async function axe(page) {
  const source = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
}

for (const scheme of ['light', 'dark']) {
  for (const view of ['quotes', 'read', 'notes']) {
    test(`axe finds no serious or critical violations (${view} view, ${scheme})`, async () => {
      const page = await explorer(`?view=${view}&faction=levant-front`, { colorScheme: scheme });
      await page.waitForTimeout(100);
      const violations = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(violations, []);
      await screenshot(page, `axe-${view}-${scheme}`);
      assertClean(assert, page);
      await page.context().close();
    });
  }
}
