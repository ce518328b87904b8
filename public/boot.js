// Starts the explorer: imports the wasm-bindgen module Trunk built and instantiates the wasm,
// reusing the page's preload of it. An external file (not Trunk's inline script) so the page runs
// under a strict CSP. If the app cannot start, the page says so and offers to try again; the
// first view rendered at build time stays readable meanwhile.
const me = document.querySelector('script[data-wasm]');

// The stylesheet of the views a first visit does not show (web/views.css: the reading and notes
// views, the Embed dialog, the editing tools), which the build names in a meta instead of
// linking it (scripts/site.sh). Added the first time one of those views loads: the app's split
// loader (scripts/split.sh) and the editor's loader wait for it. Settles once it has loaded or
// failed (the view shows either way); at once when the page names none.
let viewsStylesheet = null;
window.explorerViewsStylesheet = () => {
  viewsStylesheet ??= new Promise((settled) => {
    const meta = document.querySelector('meta[name=views-stylesheet]');
    if (!meta) return settled();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.onload = link.onerror = () => settled();
    link.href = meta.content;
    document.head.append(link);
  });
  return viewsStylesheet;
};

// The editing tools (opening a reader's own report, corrections) are a separate wasm, loaded
// the first time the app asks for them (see explorer_app::editing).
let editor = null;
window.explorerLoadEditor = () => {
  editor ??= Promise.all([
    import('./explorer-editor.js').then((module) => module.default({ module_or_path: './explorer-editor_bg.wasm' })),
    window.explorerViewsStylesheet(),
  ]).catch((error) => {
    editor = null;
    throw error;
  });
  return editor;
};

function failed(error) {
  console.error('The report explorer could not start:', error);
  const status = document.getElementById('boot-status');
  if (!status) return;
  status.classList.add('error');
  status.setAttribute('role', 'alert');
  status.replaceChildren();
  const message = document.createElement('p');
  message.textContent = 'The explorer could not start: its program did not load. Check the connection and try again.';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button';
  retry.textContent = 'Try again';
  retry.addEventListener('click', () => window.location.reload());
  status.append(message, retry);
}

try {
  // The same request as the preload Trunk wrote (same integrity and credentials), so the
  // browser uses the preloaded bytes instead of fetching the wasm twice.
  const preload = document.querySelector(`link[rel="preload"][href="${me.dataset.wasm}"]`);
  const wasm = fetch(me.dataset.wasm, { integrity: preload?.integrity || undefined, credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`${me.dataset.wasm} answered ${response.status}`);
      return response;
    });
  const { default: init } = await import(me.dataset.js);
  await init({ module_or_path: wasm });
} catch (error) {
  failed(error);
}
