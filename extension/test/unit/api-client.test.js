import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApiClient } from '../../src/lib/api-client.js';

const settings = { serverUrl: 'http://127.0.0.1:5080', apiKey: '', profile: 'default' };
const json = (status, body, headers = {}) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function fakeFetch(answer) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init, body: init.body && JSON.parse(init.body) });
    return answer(url, init);
  };
  return { fetch, calls };
}

test('lint posts the draft, profile, conversation and suppressed rules, and returns the diagnostics', async () => {
  const diagnostics = [{ id: 'ETQ202', span: { start: 0, length: 3 } }];
  const { fetch, calls } = fakeFetch(() => json(200, { diagnostics, summary: { sendGuard: 'warn' } }));
  const result = await createApiClient({ fetch }).lint(settings, {
    text: 'thx', conversation: { messages: [{ role: 'customer', text: 'Hi' }], customerName: 'Dana' }, suppress: ['ETQ205'],
  });
  assert.equal(calls[0].url, 'http://127.0.0.1:5080/v1/lint');
  assert.equal(calls[0].init.method, 'POST');
  assert.deepEqual(calls[0].body, { text: 'thx', profile: 'default', conversation: { messages: [{ role: 'customer', text: 'Hi' }], customerName: 'Dana' }, suppress: ['ETQ205'] });
  assert.deepEqual(result, { connection: 'online', diagnostics, summary: { sendGuard: 'warn' } });
});

test('the API key travels in X-Api-Key only when set', async () => {
  const { fetch, calls } = fakeFetch(() => json(200, { diagnostics: [] }));
  const client = createApiClient({ fetch });
  await client.lint(settings, { text: 'a' });
  await client.lint({ ...settings, apiKey: 'etq_secret' }, { text: 'a' });
  assert.equal(calls[0].init.headers['X-Api-Key'], undefined);
  assert.equal(calls[1].init.headers['X-Api-Key'], 'etq_secret');
});

test('a network failure is offline, and the client backs off before trying again', async () => {
  let now = 0;
  const { fetch, calls } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
  const client = createApiClient({ fetch, now: () => now });
  assert.equal((await client.lint(settings, { text: 'a' })).connection, 'offline');
  assert.equal((await client.lint(settings, { text: 'a' })).connection, 'offline');
  assert.equal(calls.length, 1, 'no request while backing off');
  now = 1000;
  await client.lint(settings, { text: 'a' });
  assert.equal(calls.length, 2);
  now = 2999;
  await client.lint(settings, { text: 'a' });
  assert.equal(calls.length, 2, 'the back-off doubled to 2 s');
});

test('a request that takes too long is aborted and counts as offline', async () => {
  const fetch = (url, init) => new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  const result = await createApiClient({ fetch, timeoutMs: 20 }).lint(settings, { text: 'a' });
  assert.equal(result.connection, 'offline');
});

test('429 honours Retry-After; 5xx backs off', async () => {
  let now = 0;
  const { fetch, calls } = fakeFetch(() => json(429, { title: 'Too many' }, { 'Retry-After': '5' }));
  const client = createApiClient({ fetch, now: () => now });
  assert.equal((await client.lint(settings, { text: 'a' })).connection, 'offline');
  now = 4000;
  await client.lint(settings, { text: 'a' });
  assert.equal(calls.length, 1);
});

test('a problem the service reports on purpose (401, 400) is an error, not offline, and does not back off', async () => {
  const { fetch, calls } = fakeFetch(() => json(401, { title: 'An API key is needed' }));
  const client = createApiClient({ fetch });
  assert.deepEqual(await client.lint(settings, { text: 'a' }), { connection: 'error', problem: 'An API key is needed', diagnostics: [] });
  await client.lint(settings, { text: 'a' });
  assert.equal(calls.length, 2);
});

test('send-guard thresholds come from the profile', async () => {
  const { fetch, calls } = fakeFetch(() => json(200, { name: 'formal', sendGuard: { block: 'warning', warn: 'info' } }));
  assert.deepEqual(await createApiClient({ fetch }).sendGuardThresholds({ ...settings, profile: 'formal' }), { block: 'warning', warn: 'info' });
  assert.equal(calls[0].url, 'http://127.0.0.1:5080/v1/profiles/formal');
});

test('health reads degraded, online and offline', async () => {
  assert.equal(await createApiClient({ fetch: async () => json(200, { status: 'degraded' }) }).health(settings), 'degraded');
  assert.equal(await createApiClient({ fetch: async () => json(200, { status: 'ready' }) }).health(settings), 'online');
  assert.equal(await createApiClient({ fetch: async () => json(503, {}) }).health(settings), 'offline');
});

test('feedback never sends the draft text', async () => {
  const { fetch, calls } = fakeFetch(() => json(201, { id: 1, textStored: false }));
  await createApiClient({ fetch }).feedback(settings, { ruleId: 'ETQ202', span: { start: 0, length: 3 }, action: 'accepted' });
  assert.equal('text' in calls[0].body, false);
  assert.equal(calls[0].body.action, 'accepted');
});
