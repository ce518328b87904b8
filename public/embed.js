// Report Explorer embed loader. A host page includes it once:
//
//   <script src="https://example.org/explorer/embed.js" async></script>
//   <report-explorer faction="levant-front" view="quotes"></report-explorer>
//   <report-explorer quote="where-am-i-supposed-to"></report-explorer>
//
// Each <report-explorer> becomes an iframe of the explorer in embed mode. The iframe's height
// follows its content. Changing an attribute updates the embedded view. Changes the reader makes
// inside are re-emitted on the element as `report-explorer-change` events (detail: {state,
// query, version}); `report-explorer-ready` fires once. Messages are accepted only from the
// element's own iframe and the explorer's origin. No dependencies; works under a strict CSP
// (script-src and frame-src must allow the explorer's origin).
(() => {
  'use strict';
  if (window.customElements.get('report-explorer')) return;

  const PREFIX = 'report-explorer:';
  const STATE = ['faction', 'speaker', 'section', 'source', 'confidence', 'q', 'view', 'quote'];
  const FRAME = ['src', 'title', 'report', 'theme', 'version'];
  const script = document.currentScript;
  const defaultBase = script && script.src ? new URL('./', script.src).href : null;
  const instances = new Set();

  window.addEventListener('message', (event) => {
    let target = null;
    for (const element of instances) {
      if (element.frameWindow && event.source === element.frameWindow) target = element;
    }
    if (!target) return; // Not one of ours: leave it to the page.
    if (event.origin !== target.origin) {
      console.warn('report-explorer: ignored a message from unexpected origin', event.origin);
      return;
    }
    target.receive(event.data);
  });

  class ReportExplorer extends HTMLElement {
    static get observedAttributes() {
      return [...STATE, ...FRAME];
    }

    constructor() {
      super();
      this.iframe = null;
      this.origin = null;
      this.ready = false;
      this.state = null;
    }

    get frameWindow() {
      return this.iframe ? this.iframe.contentWindow : null;
    }

    connectedCallback() {
      instances.add(this);
      if (!this.iframe) this.build();
    }

    disconnectedCallback() {
      instances.delete(this);
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (!this.iframe || oldValue === newValue) return;
      if (FRAME.includes(name) || !this.ready) {
        this.load();
      } else {
        this.send(this.stateFromAttributes());
      }
    }

    /// The view the attributes ask for, as a `report-explorer:set` message.
    stateFromAttributes() {
      const message = { type: PREFIX + 'set' };
      for (const name of STATE) {
        const value = this.getAttribute(name);
        if (value !== null) message[name] = value;
      }
      return message;
    }

    build() {
      const root = this.attachShadow ? this.attachShadow({ mode: 'open' }) : this;
      this.iframe = document.createElement('iframe');
      this.iframe.setAttribute('allow', 'clipboard-write');
      this.iframe.style.border = '0';
      this.iframe.style.width = '100%';
      this.iframe.style.display = 'block';
      this.iframe.style.height = '480px';
      if (!this.style.display) this.style.display = 'block';
      root.appendChild(this.iframe);
      this.load();
    }

    load() {
      const base = this.getAttribute('src') || defaultBase;
      if (!base) {
        console.warn('report-explorer: no src attribute and no script address to find the explorer');
        return;
      }
      const url = new URL(base, window.location.href);
      const params = new URLSearchParams();
      const report = this.getAttribute('report');
      if (report) params.set('report', report);
      for (const name of STATE) {
        const value = this.getAttribute(name);
        if (value !== null && value !== '') params.set(name, value);
      }
      params.set('embed', '1');
      const theme = this.getAttribute('theme');
      if (theme) params.set('theme', theme);
      // The one attribute whose URL parameter has another name (see explorer-core's params.rs).
      const version = this.getAttribute('version');
      if (version) params.set('v', version);
      url.search = params.toString().replace(/%2C/g, ',');
      this.origin = url.origin;
      this.ready = false;
      this.iframe.title = this.getAttribute('title') || 'Report explorer';
      this.iframe.src = url.href;
    }

    send(message) {
      if (this.frameWindow && this.origin) this.frameWindow.postMessage(message, this.origin);
    }

    receive(data) {
      if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) {
        console.warn('report-explorer: ignored a message of unknown shape');
        return;
      }
      const kind = data.type.slice(PREFIX.length);
      if (kind === 'height') {
        if (typeof data.height === 'number' && Number.isFinite(data.height) && data.height >= 0) {
          this.iframe.style.height = Math.ceil(data.height) + 'px';
        }
        return;
      }
      if (kind === 'ready' || kind === 'change') {
        this.state = data.state || null;
        if (kind === 'ready') this.ready = true;
        this.dispatchEvent(
          new CustomEvent('report-explorer-' + kind, {
            bubbles: true,
            composed: true,
            detail: { state: data.state, query: data.query, version: data.version },
          }),
        );
        return;
      }
      console.warn('report-explorer: ignored a message of unknown type', data.type);
    }
  }

  window.customElements.define('report-explorer', ReportExplorer);
})();
