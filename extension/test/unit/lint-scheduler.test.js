import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLintScheduler } from '../../src/lib/lint-scheduler.js';

/** Timers the test moves by hand, and a lint whose answers the test releases one by one. */
function harness() {
  const timers = new Map();
  let nextTimer = 1;
  const requests = [];
  const results = [];
  const scheduler = createLintScheduler({
    delayMs: 250,
    lint: (text) => new Promise((resolve) => requests.push({ text, resolve })),
    onResult: (state) => results.push(state),
    setTimer: (run) => {
      timers.set(nextTimer, run);
      return nextTimer++;
    },
    clearTimer: (id) => timers.delete(id),
  });
  const fireTimers = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const run of due) run();
  };
  const answer = async (index, diagnostics) => {
    requests[index].resolve({ connection: 'online', diagnostics });
    await new Promise((r) => setImmediate(r));
  };
  return { scheduler, timers, requests, results, fireTimers, answer };
}

const thx = (start) => ({ id: 'ETQ202', severity: 'warning', span: { start, length: 3 }, fixes: [] });

test('typing restarts the idle timer; only the last text is linted', () => {
  const h = harness();
  h.scheduler.textChanged('t');
  h.scheduler.textChanged('th');
  h.scheduler.textChanged('thx');
  assert.equal(h.timers.size, 1);
  h.fireTimers();
  assert.deepEqual(h.requests.map((r) => r.text), ['thx']);
});

test('one request in flight: a text due meanwhile waits for the answer, then goes', async () => {
  const h = harness();
  h.scheduler.textChanged('thx');
  h.fireTimers();
  h.scheduler.textChanged('thx ok');
  h.fireTimers();
  assert.equal(h.requests.length, 1);
  await h.answer(0, [thx(0)]);
  assert.deepEqual(h.requests.map((r) => r.text), ['thx', 'thx ok']);
});

test('an answer for an older text is re-mapped to the current text and not marked current', async () => {
  const h = harness();
  h.scheduler.textChanged('ok thx');
  h.fireTimers();
  h.scheduler.textChanged('Well, ok thx');
  await h.answer(0, [thx(3)]);
  const state = h.results.at(-1);
  assert.equal(state.isCurrent, false);
  assert.deepEqual(state.diagnostics[0].span, { start: 9, length: 3 });
});

test('spans the agent typed over are dropped from a stale answer', async () => {
  const h = harness();
  h.scheduler.textChanged('thx');
  h.fireTimers();
  h.scheduler.textChanged('thanks');
  await h.answer(0, [thx(0)]);
  assert.deepEqual(h.results.at(-1).diagnostics, []);
});

test('the answer for the current text is current', async () => {
  const h = harness();
  h.scheduler.textChanged('thx');
  h.fireTimers();
  await h.answer(0, [thx(0)]);
  assert.equal(h.scheduler.state().isCurrent, true);
  assert.equal(h.scheduler.state().diagnostics.length, 1);
});

test('checkNow skips the idle wait and resolves once the current text is checked', async () => {
  const h = harness();
  h.scheduler.textChanged('thx');
  const checked = h.scheduler.checkNow();
  assert.equal(h.timers.size, 0);
  await new Promise((r) => setImmediate(r));
  h.requests[0].resolve({ connection: 'online', diagnostics: [thx(0)] });
  const state = await checked;
  assert.equal(state.isCurrent, true);
  assert.equal(state.diagnostics.length, 1);
});

test('a failed lint counts as offline, never as a clean draft from the service', async () => {
  const scheduler = createLintScheduler({ delayMs: 0, lint: () => Promise.reject(new Error('gone')), onResult: () => {} });
  scheduler.textChanged('thx');
  const state = await scheduler.checkNow();
  assert.equal(state.connection, 'offline');
});
