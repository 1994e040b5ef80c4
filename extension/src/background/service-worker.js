import { createApiClient } from '../lib/api-client.js';
import { loadSettings, saveSettings } from '../lib/settings.js';

// The only part of the extension that talks to the Etiquette service: pages never see the server URL or the API key,
// and the host permission covers the configured server only.

const client = createApiClient({ fetch: (...args) => fetch(...args) });
const thresholdsByProfile = new Map(); // `${serverUrl}|${profile}` -> send-guard thresholds
const countsByTab = new Map(); // tab id -> { errors, warnings, infos }

const BADGE = {
  offline: { text: 'off', color: '#5f6368' },
  error: { text: '!', color: '#5f6368' },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = handlers[message?.type];
  if (!handler) return false;
  handler(message, sender).then(sendResponse, () => sendResponse(null));
  return true; // the answer comes asynchronously
});

const handlers = {
  async lint({ text, conversation, suppress }, sender) {
    const settings = await loadSettings(chrome.storage.local);
    const result = await client.lint(settings, { text, conversation, suppress });
    const thresholds = result.connection === 'online' ? await profileThresholds(settings) : undefined;
    if (sender.tab) showCounts(sender.tab.id, result);
    return { connection: result.connection, diagnostics: result.diagnostics, thresholds };
  },
  async feedback({ ruleId, span, action }) {
    await client.feedback(await loadSettings(chrome.storage.local), { ruleId, span, action });
    return true;
  },
  async 'disable-rule'({ ruleId }) {
    const settings = await loadSettings(chrome.storage.local);
    if (!settings.disabledRules.includes(ruleId)) await saveSettings(chrome.storage.local, { disabledRules: [...settings.disabledRules, ruleId] });
    return true;
  },
  async status({ tabId }) {
    const health = await client.health(await loadSettings(chrome.storage.local));
    return { health, counts: countsByTab.get(tabId) ?? null };
  },
};

async function profileThresholds(settings) {
  const key = `${settings.serverUrl}|${settings.profile}`;
  if (!thresholdsByProfile.has(key)) {
    const thresholds = await client.sendGuardThresholds(settings);
    if (!thresholds) return undefined;
    thresholdsByProfile.set(key, thresholds);
  }
  return thresholdsByProfile.get(key);
}

function showCounts(tabId, result) {
  const badge = BADGE[result.connection];
  if (badge) {
    countsByTab.delete(tabId);
    chrome.action.setBadgeText({ tabId, text: badge.text });
    chrome.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    chrome.action.setTitle({ tabId, title: result.connection === 'offline' ? 'Etiquette: the service is offline; sending is never blocked' : `Etiquette: ${result.problem}` });
    return;
  }
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of result.diagnostics) counts[`${diagnostic.severity}s`]++;
  countsByTab.set(tabId, counts);
  const total = counts.errors + counts.warnings + counts.infos;
  chrome.action.setBadgeText({ tabId, text: total ? String(total) : '' });
  chrome.action.setBadgeBackgroundColor({ tabId, color: counts.errors ? '#d93025' : counts.warnings ? '#e37400' : '#1a73e8' });
  chrome.action.setTitle({ tabId, title: 'Etiquette' });
}

chrome.tabs.onRemoved.addListener((tabId) => countsByTab.delete(tabId));
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.settings) thresholdsByProfile.clear();
});
