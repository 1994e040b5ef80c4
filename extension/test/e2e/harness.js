// Starts what the end-to-end tests need: the real Etiquette service on a free loopback port, a server for the fixture
// pages, and headless Chromium with the extension loaded unpacked.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const extensionDir = resolve(here, '../..');
const repoRoot = resolve(extensionDir, '..');
const apiProject = join(repoRoot, 'src/Etiquette.Api');
export const screenshotDir = join(extensionDir, 'test-output/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    }).on('error', reject);
  });
}

/** The built service assembly; built once when missing. */
function apiAssembly() {
  const find = () => {
    const bin = join(apiProject, 'bin');
    if (!existsSync(bin)) return null;
    for (const configuration of ['Debug', 'Release'])
      for (const framework of existsSync(join(bin, configuration)) ? readdirSync(join(bin, configuration)) : []) {
        const dll = join(bin, configuration, framework, 'Etiquette.Api.dll');
        if (existsSync(dll)) return dll;
      }
    return null;
  };
  if (!find()) spawnSync('dotnet', ['build', apiProject, '-v', 'q'], { stdio: 'inherit' });
  return find();
}

/** Starts the Etiquette service; resolves once /health/live answers. */
export async function startService() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'etiquette-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [apiAssembly(), '--urls', url, `--Etiquette:Storage:ConnectionString=Data Source=${join(dataDir, 'e2e.db')}`], {
    cwd: apiProject, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The service exited with ${child.exitCode}.`);
    try {
      if ((await fetch(`${url}/health/live`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Serves test/e2e/fixtures on a free loopback port. */
export async function startFixtureServer() {
  const fixtures = join(here, 'fixtures');
  const server = createServer((request, response) => {
    const name = new URL(request.url, 'http://fixture').pathname.slice(1);
    const file = join(fixtures, name);
    if (!/^[\w-]+\.html$/.test(name) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((r) => server.close(r)) };
}

/** Chromium with the extension loaded unpacked, in a fresh profile; settings are written before pages open. */
export async function launchBrowser(settings) {
  const profileDir = mkdtempSync(join(tmpdir(), 'etiquette-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 900, height: 600 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const browser = {
    context,
    worker,
    setSettings: (changes) => worker.evaluate(async (values) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, ...values } });
    }, changes),
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  await browser.setSettings(settings);
  return browser;
}
