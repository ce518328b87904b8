#!/usr/bin/env bash
# Every benchmark: native (divan) parse and facet benchmarks, browser timings, size of dist/.
# Figures go into docs/BENCHMARKS.md by hand, with the machine they ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== cargo bench -p explorer-core --bench parse"
cargo bench -q -p explorer-core --bench parse
echo "== cargo bench -p explorer-core --bench facets"
cargo bench -q -p explorer-core --bench facets
echo "== node scripts/bench-browser.mjs"
node scripts/bench-browser.mjs
echo "== node scripts/bench-long-report.mjs"
node scripts/bench-long-report.mjs
echo "== node scripts/size-report.mjs"
node scripts/size-report.mjs
