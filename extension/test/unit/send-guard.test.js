import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideSend, guardLevel, isSendKey, looksLikeSendButton } from '../../src/lib/send-guard.js';

const error = { id: 'ETQ401', severity: 'error' };
const warning = { id: 'ETQ202', severity: 'warning' };
const online = { mode: 'block', connection: 'online', resultIsCurrent: true };

test('guardLevel follows the profile thresholds', () => {
  assert.equal(guardLevel([warning, error]), 'block');
  assert.equal(guardLevel([warning]), 'warn');
  assert.equal(guardLevel([]), 'ok');
  assert.equal(guardLevel([warning], { block: 'warning', warn: 'info' }), 'block');
  assert.equal(guardLevel([{ severity: 'info' }], { block: 'error', warn: 'warning' }), 'ok');
});

test('an error at the block level holds the send in block mode', () => {
  assert.deepEqual(decideSend({ ...online, diagnostics: [error] }), { action: 'hold', level: 'block', notice: false });
});

test('warnings alone, or a clean draft, send at once', () => {
  assert.equal(decideSend({ ...online, diagnostics: [warning] }).action, 'send');
  assert.equal(decideSend({ ...online, diagnostics: [] }).action, 'send');
});

test('warn mode sends but asks for a notice; off mode never interferes', () => {
  assert.deepEqual(decideSend({ ...online, mode: 'warn', diagnostics: [error] }), { action: 'send', level: 'block', notice: true });
  assert.equal(decideSend({ ...online, mode: 'off', diagnostics: [error] }).action, 'send');
});

test('an unreachable or failing service never blocks', () => {
  assert.equal(decideSend({ ...online, connection: 'offline', diagnostics: [error] }).action, 'send');
  assert.equal(decideSend({ ...online, connection: 'error', resultIsCurrent: false, diagnostics: [error] }).action, 'send');
});

test('a result for an older text asks for a check first', () => {
  assert.equal(decideSend({ ...online, resultIsCurrent: false, diagnostics: [] }).action, 'check-first');
});

test('Enter alone is a send; with Shift, modifiers or during IME composition it is not', () => {
  assert.equal(isSendKey({ key: 'Enter' }), true);
  assert.equal(isSendKey({ key: 'Enter', shiftKey: true }), false);
  assert.equal(isSendKey({ key: 'Enter', isComposing: true }), false);
  assert.equal(isSendKey({ key: 'Enter', altKey: true }), false);
  assert.equal(isSendKey({ key: 'a' }), false);
});

test('send buttons are recognised by label or submit type, other buttons are not', () => {
  assert.equal(looksLikeSendButton({ tagName: 'BUTTON', type: null, label: 'Send' }), true);
  assert.equal(looksLikeSendButton({ tagName: 'BUTTON', type: null, label: 'Send message' }), true);
  assert.equal(looksLikeSendButton({ tagName: 'DIV', role: 'button', label: 'Reply' }), true);
  assert.equal(looksLikeSendButton({ tagName: 'BUTTON', type: 'submit', label: '➤' }), true);
  assert.equal(looksLikeSendButton({ tagName: 'INPUT', type: 'submit' }), true);
  assert.equal(looksLikeSendButton({ tagName: 'BUTTON', type: null, label: 'Attach file' }), false);
  assert.equal(looksLikeSendButton({ tagName: 'BUTTON', type: null, label: 'Sender details' }), false);
  assert.equal(looksLikeSendButton({ tagName: 'A', label: 'Send' }), false);
});
