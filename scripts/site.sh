#!/usr/bin/env bash
# Trunk's post-build hook (see Trunk.toml): finishes the site Trunk has staged.
#   1. `explorer site`: every report of reports/index.json parsed once, here, into
#      reports/NAME.model.bin and NAME.text.bin, and the manifest into reports/index.bin
#      (the page loads models; it never parses a hosted report).
#   2. `prerender`: the default report's first view rendered to HTML by the app's own
#      components, written into index.html (with the preload of its model).
#   3. `split.sh`: the app's wasm split in two, the views no first visit needs loaded on demand.
#   4. terser: the app's JavaScript glue minified (Trunk's minifier cannot read it), and the
#      page's own scripts (boot.js, gate.js, embed.js), which Trunk copies as they are.
#   5. The views' stylesheet (web/views.css, minified and hashed by Trunk) named in a meta, not
#      linked: a first visit does not fetch it; boot.js adds it when one of those views loads.
# The first two are native release builds of this workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
staging=${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook, or set TRUNK_STAGING_DIR}
cargo run --quiet --release --locked -p explorer-cli -- site "$staging/reports"
cargo run --quiet --release --locked -p explorer-app --no-default-features --features ssr --bin prerender -- "$staging"
scripts/split.sh
for js in "$staging"/explorer-app-*.js "$staging"/boot.js; do
  node_modules/.bin/terser "$js" --module --compress --mangle --output "$js"
done
# The page's classic scripts (the gate before first paint, the embed loader for host pages).
for js in "$staging"/gate.js "$staging"/embed.js; do
  node_modules/.bin/terser "$js" --compress --mangle --output "$js"
done
perl -0pi -e 's{<link\b[^>]*?href="?\./(views-[0-9a-f]+\.css)"?[^>]*>}{<meta name="views-stylesheet" content="./$1">} or die "no stylesheet link of views.css in index.html\n"' "$staging/index.html"
