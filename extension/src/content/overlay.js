import { clipRects, underlineStrips } from '../lib/underline-geometry.js';

// Everything the extension draws lives in one element of its own appended to the page's root, with an open shadow root
// so page styles cannot reach in. Nothing is ever inserted into or changed inside the agent's editor.

const STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.mirror { position: fixed; visibility: hidden; overflow: hidden; pointer-events: none; margin: 0; border-color: transparent; }
.strip { position: fixed; pointer-events: none; border-radius: 1px; }
.strip.error { background: #d93025; }
.strip.warning { background: #e37400; }
.strip.info { background: #1a73e8; }
.card, .bar { position: fixed; pointer-events: auto; z-index: 2147483647; font: 13px/1.4 system-ui, sans-serif; color: #202124;
  background: #fff; border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.card { max-width: 320px; padding: 10px 12px; }
.card h2 { font-size: 13px; margin: 0 0 4px; }
.card p { margin: 0 0 8px; }
.card .severity { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
.card .severity.error { color: #d93025; } .card .severity.warning { color: #b06000; } .card .severity.info { color: #1a73e8; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button { font: inherit; border: 1px solid #dadce0; border-radius: 6px; background: #f8f9fa; padding: 3px 8px; cursor: pointer; }
button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.bar { display: flex; align-items: center; gap: 10px; padding: 8px 10px; }
[hidden] { display: none !important; }
`;

const BAR_CLEARANCE_PX = 48;

export function createOverlay() {
  const host = document.createElement('etiquette-overlay');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${STYLE}</style><div class="layer"></div>`;
  const layer = root.querySelector('.layer');
  const attach = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };
  attach();

  return {
    root,
    attach,
    /**
     * Draws the strips of one field's marks (unless the browser paints them as highlights); returns the marks with their
     * visible word boxes for hit testing.
     */
    paint(fieldLayer, marks, measured, { strips = true } = {}) {
      fieldLayer.replaceChildren();
      return marks.map((mark, i) => {
        const boxes = clipRects(measured.rects[i], measured.clip);
        for (const strip of strips ? underlineStrips(boxes) : []) {
          const element = document.createElement('div');
          element.className = `strip ${mark.diagnostic.severity}`;
          element.dataset.rule = mark.diagnostic.id;
          Object.assign(element.style, { left: `${strip.left}px`, top: `${strip.top}px`, width: `${strip.width}px`, height: `${strip.height}px` });
          fieldLayer.append(element);
        }
        return { ...mark, boxes };
      });
    },
    fieldLayer() {
      const element = document.createElement('div');
      layer.append(element);
      return element;
    },
    /** Shows a card below the box; actions are [{ label, run, primary? }]. */
    card({ diagnostic, box, actions }) {
      const card = root.querySelector('.card') ?? root.appendChild(Object.assign(document.createElement('div'), { className: 'card' }));
      card.setAttribute('role', 'dialog');
      card.setAttribute('aria-label', diagnostic.title);
      card.replaceChildren();
      const severity = Object.assign(document.createElement('div'), { className: `severity ${diagnostic.severity}`, textContent: `${diagnostic.severity} · ${diagnostic.id}` });
      const title = Object.assign(document.createElement('h2'), { textContent: diagnostic.title });
      const message = Object.assign(document.createElement('p'), { textContent: diagnostic.message });
      const buttons = Object.assign(document.createElement('div'), { className: 'actions' });
      for (const action of actions) {
        const button = Object.assign(document.createElement('button'), { type: 'button', textContent: action.label, className: action.primary ? 'primary' : '' });
        button.addEventListener('click', action.run);
        buttons.append(button);
      }
      card.append(severity, title, message, buttons);
      card.hidden = false;
      card.style.left = `${Math.max(4, Math.min(box.left, innerWidth - 330))}px`;
      card.style.top = `${box.bottom + 6}px`;
      return card;
    },
    hideCard() {
      const card = root.querySelector('.card');
      if (card) card.hidden = true;
    },
    /** The send-guard bar above the field, or below it when the field is at the top of the viewport. */
    bar({ message, anchor, actions }) {
      const bar = root.querySelector('.bar') ?? root.appendChild(Object.assign(document.createElement('div'), { className: 'bar' }));
      bar.setAttribute('role', 'alertdialog');
      bar.replaceChildren(Object.assign(document.createElement('span'), { textContent: message }));
      for (const action of actions) {
        const button = Object.assign(document.createElement('button'), { type: 'button', textContent: action.label, className: action.primary ? 'primary' : '' });
        button.addEventListener('click', action.run);
        bar.append(button);
      }
      bar.hidden = false;
      bar.style.left = `${Math.max(4, anchor.left)}px`;
      const above = anchor.top - BAR_CLEARANCE_PX;
      bar.style.top = `${above >= 4 ? above : anchor.bottom + 6}px`;
      return bar;
    },
    hideBar() {
      const bar = root.querySelector('.bar');
      if (bar) bar.hidden = true;
    },
    contains: (node) => node === host || root.contains(node),
  };
}
