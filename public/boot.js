// Starts the explorer: imports the wasm-bindgen module Trunk built and instantiates the wasm.
// An external file (not Trunk's inline script) so the page runs under a strict CSP.
const me = document.querySelector('script[data-wasm]');
const { default: init } = await import(me.dataset.js);
await init({ module_or_path: me.dataset.wasm });
