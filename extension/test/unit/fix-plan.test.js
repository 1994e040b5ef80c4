import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planFix } from '../../src/lib/fix-plan.js';

test('edits are applied from the end backwards so earlier offsets stay valid', () => {
  const plan = planFix('Thx, ur order', { edits: [{ start: 0, length: 3, newText: 'Thanks' }, { start: 5, length: 2, newText: 'your' }] });
  assert.equal(plan.ok, true);
  assert.deepEqual(plan.steps.map((s) => s.start), [5, 0]);
  assert.equal(plan.resultText, 'Thanks, your order');
  assert.equal(plan.caret, 'Thanks, your'.length);
});

test('a deletion is an edit with empty new text', () => {
  const plan = planFix('Done!!', { edits: [{ start: 4, length: 2, newText: '!' }] });
  assert.equal(plan.resultText, 'Done!');
  assert.equal(plan.caret, 5);
});

test('edits outside the text or overlapping are refused, not half-applied', () => {
  assert.equal(planFix('short', { edits: [{ start: 3, length: 9, newText: '' }] }).ok, false);
  assert.equal(planFix('abcdef', { edits: [{ start: 0, length: 3, newText: '' }, { start: 2, length: 2, newText: '' }] }).ok, false);
  assert.equal(planFix('abc', { edits: [] }).ok, false);
});
