import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectFields, fieldKind, isEligibleField, isOptedOut } from '../../src/lib/field-discovery.js';

/** A minimal element: enough of the DOM interface for the discovery rules. */
function element(tagName, attributes = {}, { parent = null, editable = false, children = [], shadowChildren = null } = {}) {
  const node = {
    tagName: tagName.toUpperCase(),
    readOnly: 'readonly' in attributes,
    disabled: 'disabled' in attributes,
    isContentEditable: editable,
    parentElement: parent,
    getAttribute: (name) => attributes[name] ?? null,
    getRootNode: () => ({}),
    children,
  };
  for (const child of children) child.parentElement = node;
  if (shadowChildren) node.shadowRoot = fragment(shadowChildren, node);
  node.querySelectorAll = (selector) => descendants(node).filter((d) => selector === '*' || d.matchesField);
  return node;
}
function fragment(children, host) {
  const root = { children, host, querySelectorAll: (selector) => children.flatMap((c) => [c, ...descendants(c)]).filter((d) => selector === '*' || d.matchesField) };
  for (const child of children) child.getRootNode = () => root;
  return root;
}
const descendants = (node) => node.children.flatMap((child) => [child, ...descendants(child)]);
const field = (...args) => Object.assign(element(...args), { matchesField: true });

test('textareas and text inputs are text controls; password and other input types are never fields', () => {
  assert.equal(fieldKind(element('textarea')), 'text-control');
  assert.equal(fieldKind(element('input', { type: 'text' })), 'text-control');
  assert.equal(fieldKind(element('input')), 'text-control');
  assert.equal(fieldKind(element('input', { type: 'password' })), null);
  assert.equal(fieldKind(element('input', { type: 'PASSWORD' })), null);
  assert.equal(fieldKind(element('input', { type: 'email' })), null);
  assert.equal(fieldKind(element('textarea', { readonly: '' })), null);
});

test('the contenteditable editing host is a rich field; its editable children are not', () => {
  const host = element('div', { contenteditable: 'true' }, { editable: true });
  const child = element('p', {}, { editable: true, parent: host });
  assert.equal(fieldKind(host), 'rich');
  assert.equal(fieldKind(child), null);
  assert.equal(fieldKind(element('div', { role: 'textbox' })), null, 'role=textbox without editing is a display');
});

test('data-etiquette="off" and data-enable-grammarly="false" opt a field out, on it or an ancestor', () => {
  assert.equal(isOptedOut(element('textarea', { 'data-etiquette': 'off' })), true);
  const wrapper = element('div', { 'data-enable-grammarly': 'false' });
  assert.equal(isOptedOut(element('textarea', {}, { parent: wrapper })), true);
  assert.equal(isOptedOut(element('textarea', { 'data-enable-grammarly': 'true' })), false);
  assert.equal(isEligibleField(element('textarea', { 'data-etiquette': 'off' })), false);
});

test('an opt-out on a shadow host covers the fields inside its shadow root', () => {
  const inner = field('textarea');
  element('chat-widget', { 'data-etiquette': 'off' }, { shadowChildren: [inner] });
  assert.equal(isOptedOut(inner), true);
});

test('collectFields finds fields in open shadow roots and skips ineligible ones', () => {
  const shadowed = field('textarea');
  const visible = field('textarea');
  const password = field('input', { type: 'password' });
  const page = element('body', {}, { children: [visible, password, element('chat-widget', {}, { shadowChildren: [shadowed] })] });
  assert.deepEqual(collectFields(page), [visible, shadowed]);
});
