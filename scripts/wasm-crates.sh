#!/usr/bin/env bash
# What the app's WebAssembly is made of, by crate: builds the app for wasm32 in release with
# symbol names kept, runs wasm-bindgen (no wasm-opt), and sums twiggy's item sizes by the crate
# each function's (demangled) name starts with. Proportions match the shipped, optimized file.
# Usage: scripts/wasm-crates.sh [package] [binary]    (needs `cargo install twiggy`)
set -euo pipefail
cd "$(dirname "$0")/.."
package=${1:-explorer-app}
bin=${2:-explorer-app}
out=target/wasm-crates
CARGO_PROFILE_RELEASE_STRIP=none CARGO_PROFILE_RELEASE_DEBUG=false \
  cargo build --quiet --release --target wasm32-unknown-unknown -p "$package" --bin "$bin"
wasm-bindgen --keep-debug --target web --out-dir "$out" "target/wasm32-unknown-unknown/release/$bin.wasm"
twiggy top -n 100000 --format csv "$out/${bin}_bg.wasm" | node scripts/wasm-crates.mjs
