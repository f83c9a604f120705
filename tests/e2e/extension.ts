/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded, a local HTTPS server for fixture pages
 * mapped onto real news host names, and a record of every network request the extension makes.
 */
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const OUT = process.env.DEALLENS_OUT ?? '.output';
/** The shipped build (`npm run build`): the overlay's shadow root is closed, so locators cannot enter it. */
export const SHIPPED_EXTENSION_PATH = resolve(OUT, 'chrome-mv3');
/**
 * The build the browser tests drive (`npm run build:e2e`): the shipped one but for an open shadow root (the one switch
 * in entrypoints/content/surface.ts), so Playwright's locators reach the badges and the card.
 */
export const E2E_EXTENSION_PATH = resolve(OUT, 'chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** The unpacked extension to load: the e2e build unless said otherwise. */
  extension?: string;
  userDataDir?: string;
  hosts?: string[];
  /** Extra Chromium switches (e.g. --enable-unsafe-extension-debugging to press the toolbar button over CDP). */
  args?: string[];
  /** Defaults to true; `npm run demo` opens a window where there is a display. */
  headless?: boolean;
}

export async function launchWithExtension(server: FixtureServer, opts: LaunchOptions = {}) {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'deallens-profile-'));
  const extension = opts.extension ?? E2E_EXTENSION_PATH;
  const rules = server.hosts.map((h) => `MAP ${h}:443 127.0.0.1:${server.port}`).join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=${rules}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      ...(opts.args ?? []),
    ],
  });
  const sw: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return { context, sw, extensionId, userDataDir };
}

interface Fixtures {
  server: FixtureServer;
  ext: { context: BrowserContext; sw: Worker; extensionId: string; userDataDir: string };
}

export const test = base.extend<{ ext: Fixtures['ext'] }, { server: FixtureServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ server }, use) => {
    const launched = await launchWithExtension(server);
    await use(launched);
    await launched.context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
  },
});

export const expect = test.expect;
