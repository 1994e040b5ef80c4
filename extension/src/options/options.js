import { createApiClient } from '../lib/api-client.js';
import { loadSettings, saveSettings, serverPermissionPattern } from '../lib/settings.js';

const form = document.getElementById('options');
const status = document.getElementById('status');
const lines = (value) => value.split('\n').map((line) => line.trim()).filter(Boolean);

async function show() {
  const settings = await loadSettings(chrome.storage.local);
  form.serverUrl.value = settings.serverUrl;
  form.apiKey.value = settings.apiKey;
  form.profile.value = settings.profile;
  form.guardMode.value = settings.guardMode;
  form.disabledSites.value = Object.entries(settings.siteOverrides).filter(([, on]) => !on).map(([origin]) => origin).join('\n');
  form.disabledRules.value = settings.disabledRules.join('\n');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const serverUrl = form.serverUrl.value.trim();
  // Another server needs its host permission, asked for while the click still counts as the agent's gesture.
  const granted = await chrome.permissions.request({ origins: [serverPermissionPattern(serverUrl)] }).catch(() => false);
  if (!granted) {
    status.textContent = `Etiquette may not reach ${serverUrl} without permission; nothing was saved.`;
    return;
  }
  const current = await loadSettings(chrome.storage.local);
  const siteOverrides = Object.fromEntries(Object.entries(current.siteOverrides).filter(([, on]) => on));
  for (const origin of lines(form.disabledSites.value)) siteOverrides[origin] = false;
  const settings = await saveSettings(chrome.storage.local, {
    serverUrl,
    apiKey: form.apiKey.value.trim(),
    profile: form.profile.value.trim() || 'default',
    guardMode: form.guardMode.value,
    siteOverrides,
    disabledRules: lines(form.disabledRules.value),
  });
  const health = await createApiClient({ fetch: (...args) => fetch(...args) }).health(settings);
  status.textContent = `Saved. The service is ${health}.`;
});

show();
