import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conversationContext } from '../../src/content/site-adapters.js';

const doc = (messages, name) => ({
  querySelectorAll: () => messages.map((text) => ({ textContent: ` ${text} ` })),
  querySelector: () => (name ? { getAttribute: () => name } : null),
});

test('the last customer message and the name are passed as conversation context', () => {
  assert.deepEqual(conversationContext(doc(['Hi', 'Where is my refund?'], 'Dana')), {
    messages: [{ role: 'customer', text: 'Where is my refund?' }], customerName: 'Dana',
  });
});

test('a page that marks no conversation sends none', () => {
  assert.equal(conversationContext(doc([], null)), undefined);
});

test('a long customer message is cut to what one context field needs', () => {
  assert.equal(conversationContext(doc(['x'.repeat(5000)])).messages[0].text.length, 2000);
});
