// The first visit stays within the brotli size budget written in docs/BENCHMARKS.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizeReport, markdown } from '../../scripts/size-report.mjs';
import { ROOT, DIST } from './support.mjs';

test('a first visit transfers no more brotli bytes than the budget', () => {
  const docs = readFileSync(join(ROOT, 'docs/BENCHMARKS.md'), 'utf8');
  const budget = Number(docs.match(/<!-- size-budget-bytes: (\d+) -->/)?.[1]);
  assert.ok(budget > 0, 'docs/BENCHMARKS.md states the budget as <!-- size-budget-bytes: N -->');
  const report = sizeReport(DIST);
  console.log(markdown(report));
  assert.ok(report.files.some((f) => f.file.endsWith('.wasm')), 'dist/ holds the wasm');
  assert.ok(report.firstVisit.brotli <= budget, `first visit ${report.firstVisit.brotli} B brotli > budget ${budget} B`);
});
