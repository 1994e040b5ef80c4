import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clipRects, markAt, underlineStrips } from '../../src/lib/underline-geometry.js';

const rect = (left, top, right, bottom) => ({ left, top, right, bottom, width: right - left, height: bottom - top });

test('word boxes scrolled out of the field are not drawn; partly visible ones are cut', () => {
  const clip = rect(0, 0, 100, 50);
  assert.deepEqual(clipRects([rect(10, 60, 40, 80)], clip), []);
  assert.deepEqual(clipRects([rect(90, 10, 130, 30)], clip), [rect(90, 10, 100, 30)]);
});

test('a strip lies on the bottom edge of its word box', () => {
  assert.deepEqual(underlineStrips([rect(10, 20, 40, 38)]), [{ left: 10, top: 36, width: 30, height: 2 }]);
});

test('the mark under the pointer is found by its word boxes', () => {
  const marks = [{ id: 'a', boxes: [rect(0, 0, 10, 10)] }, { id: 'b', boxes: [rect(20, 0, 30, 10), rect(0, 20, 10, 30)] }];
  assert.equal(markAt(marks, 5, 25).id, 'b');
  assert.equal(markAt(marks, 15, 5), null);
});

test('where findings nest, the narrowest one is under the pointer', () => {
  const marks = [{ id: 'sentence', boxes: [rect(0, 0, 200, 20)] }, { id: 'word', boxes: [rect(40, 0, 60, 20)] }];
  assert.equal(markAt(marks, 50, 10).id, 'word');
  assert.equal(markAt(marks, 10, 10).id, 'sentence');
});
