#!/usr/bin/env bash
# Part of Trunk's post-build hook (scripts/site.sh): splits the app's wasm in two, so that a first
# visit does not load the views it does not show (explorer_app::lazy_views, leptos's `#[lazy]`).
# Trunk cannot split a wasm, so this redoes its last steps for the app from the linked wasm
# (built with the linker's relocations, see crates/app/build.rs) and replaces its output:
#   1. wasm-split-cli (crate wasm_split_cli_support): the main wasm, one wasm per split module
#      and the loader that fetches them (`__wasm_split.js`, imported by the app's JS glue);
#   2. wasm-bindgen on the main wasm (`--keep-lld-exports`: the split modules import the stack
#      pointer and the function table from it);
#   3. wasm-opt on every wasm, with the flags web/index.html gives Trunk (release builds);
#   4. short names for the main wasm's imports from its JS glue (`short-imports.mjs`, release).
# The split modules and the loader are named after the app's hashed name, so that a new build
# never pairs with a cached module of an old one. Everything stays under the page's CSP: the
# loader is an external module, and split modules are fetched and instantiated like the app's
# wasm (`'wasm-unsafe-eval'`, `connect-src 'self'`).
set -euo pipefail
cd "$(dirname "$0")/.."
staging=${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook, or set TRUNK_STAGING_DIR}
profile=${TRUNK_PROFILE:-release}
target_dir=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
input="$target_dir/wasm32-unknown-unknown/$profile/explorer-app.wasm"
glue=$(cd "$staging" && ls explorer-app-*.js | grep -v -- '-split\.js$')
name=${glue%.js}
opt_flags=(-Oz --converge --strip-producers --strip-debug --low-memory-unused)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$input" "$work" --target web --out-name "$name"
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work/bindgen" --out-name "$name" "$work/$name.wasm"

optimize() { # in out
  if [ "$profile" = release ]; then node_modules/.bin/wasm-opt "${opt_flags[@]}" "$1" -o "$2"; else cp "$1" "$2"; fi
}
optimize "$work/bindgen/${name}_bg.wasm" "$staging/${name}_bg.wasm"
loader="$name-split.js"
sed "s|from \"./__wasm_split.js\"|from \"./$loader\"|" "$work/bindgen/$name.js" >"$staging/$name.js"
# The main wasm's imports from its glue get short names in both (their names carry hashes that
# do not compress): 2.3 KB brotli off the wasm, 1.8 KB off the glue.
if [ "$profile" = release ]; then node scripts/short-imports.mjs "$staging/${name}_bg.wasm" "$staging/$name.js" >/dev/null; fi
cp "$work/__wasm_split.js" "$staging/$loader"
# The split modules of views a first visit does not show (the reading and notes views, the
# Embed dialog) load with those views' stylesheet (boot.js's explorerViewsStylesheet): the view
# appears styled, and the first visit's stylesheet does not carry its rules.
for split in secondary_view embed_dialog_view; do
  perl -0pi -e 's{(export const __wasm_split_load_'"$split"'_\d+ = wrapAsyncCb\(makeLoad\((?:(?!export const).)*?\n, \[)([^\]]*)(\]\)\);)}{$1.($2 eq "" ? "" : "$2, ")."() => window.explorerViewsStylesheet?.()".$3}se or die "no loader of the split point '"$split"' in the split loader\n"' "$staging/$loader"
done
for module in "$work"/*.wasm; do
  base=$(basename "$module" .wasm)
  [ "$base" = "$name" ] && continue
  optimize "$module" "$staging/$name-$base.wasm"
  sed -i "s|\"./$base.wasm\"|\"./$name-$base.wasm\"|" "$staging/$loader"
done
# The loader is imported by the app's glue: fetch it with the glue (beside the glue's preload,
# before the page's blocking script), not after it.
perl -0pi -e 's{(<link\b[^>]*href="?\./\Q'"$name"'\E\.js"?[^>]*rel="?modulepreload"?[^>]*>)}{$1<link fetchpriority="low" crossorigin href="./'"$loader"'" rel="modulepreload">} or die "no modulepreload of the glue in index.html\n"' "$staging/index.html"
