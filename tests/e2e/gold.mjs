// The reference annotations of the bundled report, read for the browser tests.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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

/// Each speech segment's quote (utterance) in the model the site serves: a quote split by its
/// attribution ("A," she said. "B.") is one quote, one card, in two segments. Which segments are
/// speech, and whose, is checked against the reference annotations; how the explorer counts
/// them is the model's.
const model = JSON.parse(execFileSync('cargo', [
  'run', '--quiet', '--release', '-p', 'explorer-cli', '--', 'parse', 'public/reports/fall-of-aleppo.txt',
  '--overlay', 'public/reports/fall-of-aleppo.overlay.json', '--format', 'json',
], { cwd: ROOT, maxBuffer: 64 << 20 }).toString());
const utteranceOf = new Map(
  model.quotes.filter((q) => q.kind === 'speech').map((q) => [`${q.line}|${normText(q.text)}`, q.utterance]),
);

/// How many quotes (utterances) of the model the site serves hold a segment that `test` accepts:
/// `test` gets the segment and the texts of its notes (the cited note and the one it stands for).
export function modelQuoteCount(test) {
  const noteText = (n) => model.notes.find((note) => note.n === n);
  const found = new Set();
  for (const q of model.quotes) {
    if (q.kind !== 'speech') continue;
    const note = noteText(q.note);
    const source = note && (noteText(note.resolves_to) ?? noteText(note.short_form_of));
    if (test(q, [note?.text, source?.text].filter(Boolean).join('\n'))) found.add(q.utterance);
  }
  return found.size;
}

/// How many quotes (utterances) a set of "line|words" segment keys makes.
export function quoteCount(segments) {
  return new Set([...segments].map((key) => utteranceOf.get(key))).size;
}

/// Every speech quote, counted as the explorer counts them.
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

/// The model's faction (id and name) that holds a reference faction's speech quotes: the one most
/// of them are filed under. Faction names are the parser's; the tests check what filtering by
/// each faction shows, not how the parser spells it (its evaluation does that, name-free too).
export function modelFaction(goldFaction) {
  const segments = goldSpeechByFaction().get(goldFaction);
  const votes = new Map();
  for (const q of model.quotes) {
    if (q.kind !== 'speech' || !segments.has(`${q.line}|${normText(q.text)}`)) continue;
    const faction = model.speakers.find((s) => s.id === q.speaker)?.faction;
    votes.set(faction, (votes.get(faction) ?? 0) + 1);
  }
  const [id] = [...votes].sort((a, b) => b[1] - a[1])[0];
  return { id, name: model.factions.find((f) => f.id === id)?.name };
}
