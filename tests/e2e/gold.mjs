// The reference annotations of the bundled report, read for the browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support.mjs';

const read = (name) => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold', name), 'utf8'));

export const goldQuotes = read('quotes.json');
export const goldSpeakers = read('speakers.json');

/// Lower case, no leading article, no plural s: how a faction's name is compared.
export function normName(name) {
  let n = name.normalize('NFKD').replace(/[\u0300-\u036f’']/g, '').toLowerCase().trim();
  n = n.replace(/^(the|a|an) /, '');
  return n.endsWith('s') ? n.slice(0, -1) : n;
}

/// A quote's words as the cards show them: no quote marks, no trailing comma, single spaces.
export function normText(text) {
  return text.replace(/^[“"]|[”"]$/g, '').trim().replace(/,$/, '').replace(/\s+/g, ' ').trim();
}

/// Each gold speech segment's quote (utterance): the index of its first segment. A quote split
/// by its attribution ("A," she said. "B.") is one quote in two segments.
const utteranceOf = new Map();
{
  let current = null;
  for (const q of goldQuotes) {
    if (q.kind !== 'speech') continue;
    if (!q.continues_previous || current === null) current = q.i;
    utteranceOf.set(`${q.line}|${normText(q.text)}`, current);
  }
}

/// How many quotes (utterances) a set of "line|words" segment keys makes.
export function quoteCount(segments) {
  return new Set([...segments].map((key) => utteranceOf.get(key))).size;
}

/// Every gold speech quote, counted as the explorer counts them.
export const goldQuoteTotal = new Set(utteranceOf.values()).size;

/// The speech quotes of the gold annotations, as "line|words" keys, grouped by faction name.
export function goldSpeechByFaction() {
  const byFaction = new Map();
  for (const q of goldQuotes.filter((q) => q.kind === 'speech')) {
    const speaker = goldSpeakers.find((s) => s.id === q.speaker);
    const key = normName(speaker.affiliation);
    if (!byFaction.has(key)) byFaction.set(key, new Set());
    byFaction.get(key).add(`${q.line}|${normText(q.text)}`);
  }
  return byFaction;
}

/// The gold speech quotes of one section title (null for the opening).
export function goldSpeechInSection(title) {
  return new Set(goldQuotes.filter((q) => q.kind === 'speech' && q.section === title).map((q) => `${q.line}|${normText(q.text)}`));
}
