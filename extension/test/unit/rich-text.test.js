import assert from 'node:assert/strict';
import { test } from 'node:test';
import { domPoint, readRichText } from '../../src/lib/rich-text.js';

const text = (value) => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const el = (name, ...childNodes) => ({ nodeType: 1, nodeName: name, childNodes });

test('paragraphs and <br> become newlines; inline markup does not split words', () => {
  const root = el('DIV', el('P', text('Thx for '), el('B', text('waiting'))), el('P', text('ur refund')), el('P', text('a'), el('BR'), text('b')));
  assert.equal(readRichText(root).text, 'Thx for waiting\nur refund\na\nb');
});

test('an offset maps to the text node that holds it', () => {
  const second = text('waiting');
  const model = readRichText(el('DIV', el('P', text('Thx for '), el('B', second)), el('P', text('ur'))));
  assert.deepEqual(domPoint(model, 10), { node: second, offset: 2 });
  const ur = model.segments[2].node;
  assert.deepEqual(domPoint(model, 16), { node: ur, offset: 0 });
});

test('a span end on a node boundary stays in the node before', () => {
  const first = text('Thx');
  const model = readRichText(el('DIV', first, el('B', text(' ok'))));
  assert.deepEqual(domPoint(model, 3, true), { node: first, offset: 3 });
  assert.equal(domPoint(model, 3).node, model.segments[1].node);
});

test('an offset on a block newline maps to the end of the text before it', () => {
  const first = text('ab');
  const model = readRichText(el('DIV', el('P', first), el('P', text('cd'))));
  assert.deepEqual(domPoint(model, 2), { node: first, offset: 2 });
});

test('an empty editor maps nothing', () => {
  assert.equal(domPoint(readRichText(el('DIV', el('P', el('BR')))), 0), null);
});

test('the <br> a browser keeps at the end of a paragraph adds no line', () => {
  assert.equal(readRichText(el('DIV', el('P', text('ab'), el('BR')), el('P', text('cd')))).text, 'ab\ncd');
  assert.equal(readRichText(el('DIV', el('P', text('ab')), el('P', el('BR')), el('P', text('cd')))).text, 'ab\n\ncd');
});
