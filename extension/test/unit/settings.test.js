import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, normalizeSettings, saveSettings, serverPermissionPattern } from '../../src/lib/settings.js';

test('defaults point at the local service and block on errors', () => {
  assert.equal(DEFAULT_SETTINGS.serverUrl, 'http://localhost:5080');
  assert.equal(DEFAULT_SETTINGS.guardMode, 'block');
});

test('an unknown guard mode falls back to block; a trailing slash is dropped', () => {
  assert.equal(normalizeSettings({ guardMode: 'loud' }).guardMode, 'block');
  assert.equal(normalizeSettings({ serverUrl: 'https://etq.example.com/' }).serverUrl, 'https://etq.example.com');
});

test('sites are on unless switched off', () => {
  const settings = normalizeSettings({ siteOverrides: { 'https://a.example': false, 'https://b.example': true } });
  assert.equal(isSiteEnabled(settings, 'https://a.example'), false);
  assert.equal(isSiteEnabled(settings, 'https://b.example'), true);
  assert.equal(isSiteEnabled(settings, 'https://c.example'), true);
});

test('the permission asked for covers the configured server only', () => {
  assert.equal(serverPermissionPattern('https://etq.example.com:8443/api'), 'https://etq.example.com:8443/*');
  assert.equal(serverPermissionPattern('http://localhost:5080'), 'http://localhost:5080/*');
});

test('settings round-trip through storage', async () => {
  const stored = {};
  const storage = { get: async (key) => ({ [key]: stored[key] }), set: async (values) => Object.assign(stored, values) };
  await saveSettings(storage, { profile: 'formal' });
  assert.equal((await loadSettings(storage)).profile, 'formal');
  assert.equal((await loadSettings(storage)).guardMode, 'block');
});
