import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remapDiagnostics, remapSpan, textChange } from '../../src/lib/span-mapping.js';

const diagnostic = (start, length, fixStart = start) => ({
  id: 'ETQ202', severity: 'warning', span: { start, length },
  fixes: [{ title: 'fix', edits: [{ start: fixStart, length, newText: 'x' }] }],
});

test('textChange finds the one region that differs', () => {
  assert.deepEqual(textChange('thx ur fine', 'thx your fine'), { start: 4, oldEnd: 4, newEnd: 6 }); // "yo" went in before "ur"
  assert.deepEqual(textChange('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
  assert.deepEqual(textChange('ab', 'abab'), { start: 2, oldEnd: 2, newEnd: 4 });
});

test('spans before the edit stay, spans after it move by the length difference', () => {
  const change = textChange('Thx, ur order. Pls wait', 'Thx, your order. Pls wait');
  assert.deepEqual(remapSpan({ start: 0, length: 3 }, change), { start: 0, length: 3 });
  assert.deepEqual(remapSpan({ start: 15, length: 3 }, change), { start: 17, length: 3 });
});

test('spans the edit touches are dropped, including typing on at their end', () => {
  assert.equal(remapSpan({ start: 5, length: 2 }, textChange('Thx, ur order', 'Thx, your order')), null);
  assert.equal(remapSpan({ start: 0, length: 3 }, textChange('thx', 'thxx')), null);
});

test('UTF-16 offsets: an emoji before a span shifts it by two', () => {
  const [moved] = remapDiagnostics([diagnostic(7, 2)], 'Hi! ok ur', 'Hi! 😀 ok ur');
  assert.equal(moved.span.start, 10);
  assert.equal(moved.fixes[0].edits[0].start, 10);
});

test('fix edits move with their diagnostic', () => {
  const [moved] = remapDiagnostics([diagnostic(10, 2)], 'Hello. Ok ur', 'Hello there. Ok ur');
  assert.deepEqual(moved.span, { start: 16, length: 2 });
  assert.equal(moved.fixes[0].edits[0].start, 16);
});

test('the same text keeps the same diagnostics', () => {
  const diagnostics = [diagnostic(0, 3)];
  assert.equal(remapDiagnostics(diagnostics, 'thx', 'thx'), diagnostics);
});
