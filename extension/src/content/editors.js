import { readRichText, domPoint } from '../lib/rich-text.js';

// One adapter per kind of field, so the rest of the content script never asks what kind of editor it holds: read the
// text, measure where a span is on screen, and replace a span the way typing would (so framework state follows).

const MIRRORED_STYLES = ['boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize',
  'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textAlign',
  'textIndent', 'textTransform', 'tabSize', 'direction', 'overflowWrap', 'wordBreak'];

/** The part of the viewport where the field shows text: its padding box. */
function contentBox(element) {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const left = rect.left + parseFloat(style.borderLeftWidth);
  const top = rect.top + parseFloat(style.borderTopWidth);
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

/** Replaces the current selection as typing would: beforeinput and input fire, so React and Vue keep their state. */
function typeOverSelection(newText) {
  return newText === '' ? document.execCommand('delete') : document.execCommand('insertText', false, newText);
}

/**
 * A textarea or text input. Its text has no DOM nodes to measure, so a hidden mirror element in the overlay copies its
 * box and font, holds the same text, and is measured instead.
 */
function textControlEditor(element, overlayRoot) {
  let mirror = null;
  const singleLine = element.tagName === 'INPUT';

  function syncMirror() {
    if (!mirror) {
      mirror = document.createElement('div');
      mirror.className = 'mirror';
      overlayRoot().append(mirror);
    }
    const style = getComputedStyle(element);
    for (const property of MIRRORED_STYLES) mirror.style[property] = style[property];
    const rect = element.getBoundingClientRect();
    Object.assign(mirror.style, {
      left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px`,
      whiteSpace: singleLine ? 'pre' : 'pre-wrap',
      lineHeight: singleLine ? `${element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px` : style.lineHeight,
      overflowY: singleLine ? 'hidden' : style.overflowY === 'visible' ? 'hidden' : 'scroll',
    });
    // A trailing newline needs a character after it to take up a line, as it does in the textarea.
    mirror.textContent = element.value + (element.value.endsWith('\n') ? ' ' : '');
    mirror.scrollTop = element.scrollTop;
    mirror.scrollLeft = element.scrollLeft;
  }

  return {
    element,
    text: () => element.value,
    measure(spans) {
      syncMirror();
      const node = mirror.firstChild;
      const clip = contentBox(element);
      if (!node) return { clip, rects: spans.map(() => []) };
      const range = document.createRange();
      const rects = spans.map(({ start, length }) => {
        range.setStart(node, Math.min(start, node.length));
        range.setEnd(node, Math.min(start + length, node.length));
        return [...range.getClientRects()];
      });
      return { clip, rects };
    },
    caret: () => element.selectionStart,
    select(start, end) {
      element.focus();
      element.setSelectionRange(start, end);
    },
    replace(start, length, newText) {
      this.select(start, start + length);
      if (typeOverSelection(newText)) return;
      // execCommand is refused in some documents; fall back to the native setter, which frameworks watch, and an input event.
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value').set;
      setter.call(element, element.value.slice(0, start) + newText + element.value.slice(start + length));
      element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: newText }));
    },
    dispose: () => mirror?.remove(),
  };
}

/** A contenteditable editor: spans map to DOM ranges over its own text nodes, which are measured directly (never changed). */
function richEditor(element) {
  const selection = () => (element.getRootNode().getSelection?.() ?? document.getSelection());
  const toRange = (model, start, end) => {
    const from = domPoint(model, start);
    const to = domPoint(model, end, true);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  };

  return {
    element,
    text: () => readRichText(element).text,
    measure(spans) {
      const model = readRichText(element);
      const ranges = spans.map(({ start, length }) => toRange(model, start, start + length));
      const rects = ranges.map((range) => (range ? [...range.getClientRects()] : []));
      return { clip: element.getBoundingClientRect(), rects, ranges };
    },
    caret() {
      const current = document.getSelection();
      if (!current?.rangeCount || !element.contains(current.anchorNode)) return -1;
      const model = readRichText(element);
      const segment = model.segments.find((s) => s.node === current.anchorNode);
      return segment ? segment.start + current.anchorOffset : -1;
    },
    select(start, end) {
      element.focus();
      const range = toRange(readRichText(element), start, end);
      if (!range) return;
      const current = selection();
      current.removeAllRanges();
      current.addRange(range);
    },
    replace(start, length, newText) {
      this.select(start, start + length);
      typeOverSelection(newText);
    },
    dispose() {},
  };
}

/** overlayRoot: a function giving the overlay's shadow root, made on first use. */
export function createEditor(kind, element, overlayRoot) {
  return kind === 'rich' ? richEditor(element) : textControlEditor(element, overlayRoot);
}
