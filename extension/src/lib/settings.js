// Settings live in chrome.storage.local and are shared by the service worker, the options page and the popup.

export const DEFAULT_SETTINGS = Object.freeze({
  serverUrl: 'http://localhost:5080',
  apiKey: '',
  profile: 'default',
  guardMode: 'block', // off | warn | block
  siteOverrides: {}, // origin -> false to switch a site off (true to switch it back on)
  disabledRules: [],
});

export const GUARD_MODES = ['off', 'warn', 'block'];

export function normalizeSettings(stored = {}) {
  const settings = { ...DEFAULT_SETTINGS, ...stored };
  if (!GUARD_MODES.includes(settings.guardMode)) settings.guardMode = DEFAULT_SETTINGS.guardMode;
  settings.serverUrl = String(settings.serverUrl).replace(/\/+$/, '');
  return settings;
}

export function isSiteEnabled(settings, origin) {
  return settings.siteOverrides?.[origin] !== false;
}

/** The host permission pattern that covers a server URL and nothing else on the web, e.g. http://localhost:5080/*. */
export function serverPermissionPattern(serverUrl) {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.host}/*`;
}

export async function loadSettings(storage) {
  const { settings } = await storage.get('settings');
  return normalizeSettings(settings);
}

export async function saveSettings(storage, changes) {
  const settings = normalizeSettings({ ...(await loadSettings(storage)), ...changes });
  await storage.set({ settings });
  return settings;
}
