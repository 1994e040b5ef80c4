import { isSiteEnabled, loadSettings, saveSettings } from '../lib/settings.js';

const CONNECTION_TEXT = {
  online: 'Connected to the Etiquette service.',
  degraded: 'Connected; the service answers from its rules alone (no model).',
  offline: 'Offline: the service cannot be reached. Sending is never blocked.',
};

const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
const origin = tab?.url ? new URL(tab.url).origin : null;
const siteBox = document.getElementById('site-enabled');
document.getElementById('site').textContent = origin ?? 'this page';
siteBox.disabled = !origin?.startsWith('http');
siteBox.checked = isSiteEnabled(await loadSettings(chrome.storage.local), origin);
siteBox.addEventListener('change', async () => {
  const { siteOverrides } = await loadSettings(chrome.storage.local);
  await saveSettings(chrome.storage.local, { siteOverrides: { ...siteOverrides, [origin]: siteBox.checked } });
});
document.getElementById('open-options').addEventListener('click', (event) => {
  event.preventDefault();
  chrome.runtime.openOptionsPage();
});

const status = await chrome.runtime.sendMessage({ type: 'status', tabId: tab?.id });
document.getElementById('connection').textContent = CONNECTION_TEXT[status?.health ?? 'offline'];
const counts = status?.counts;
document.getElementById('counts').textContent = counts
  ? `This page's last draft: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} notes.`
  : '';
