/**
 * Chromium for the page benchmarks: the same launch as the e2e suite (tests/e2e/extension.ts), with or without the
 * built extension, plus a way to read DealLens's own timing from its content script's isolated world over CDP.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, SHIPPED_EXTENSION_PATH, launchWithExtension } from '../../tests/e2e/extension';
import type { FixtureServer } from '../../tests/e2e/fixture-server';
import { startTrace } from './trace';

export interface Browser {
  context: BrowserContext;
  withExtension: boolean;
  close(): Promise<void>;
}

/**
 * Runs in the page's main world before any page script: records layout shifts as they happen, so nothing depends on
 * what the observer buffers. (Long tasks come from a trace: the 'longtask' observer does not see isolated worlds.)
 */
const OBSERVE = `(() => {
  const bench = { shifts: [] };
  Object.defineProperty(window, '__bench', { value: bench });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) bench.shifts.push({ start: e.startTime, value: e.value, input: e.hadRecentInput }); })
      .observe({ type: 'layout-shift', buffered: true });
  } catch (e) { bench.error = String(e); }
})();`;

export async function launch(server: FixtureServer, withExtension: boolean): Promise<Browser> {
  let context: BrowserContext;
  let dir: string;
  if (withExtension) {
    const launched = await launchWithExtension(server, { extension: SHIPPED_EXTENSION_PATH });
    context = launched.context;
    dir = launched.userDataDir;
  } else {
    dir = mkdtempSync(join(tmpdir(), 'deallens-bench-'));
    const rules = server.hosts.map((h) => `MAP ${h}:443 127.0.0.1:${server.port}`).join(', ');
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        `--host-resolver-rules=${rules}, EXCLUDE localhost`,
        '--ignore-certificate-errors',
      ],
    });
  }
  await context.addInitScript(OBSERVE);
  return {
    context,
    withExtension,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OpenPage {
  page: Page;
  cdp: CDPSession;
  /** Evaluates an expression in DealLens's content-script world (undefined when there is none). */
  inExtension<T>(expression: string): Promise<T | undefined>;
}

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

export async function openPage(browser: Browser, url: string, trace = false): Promise<OpenPage> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => contexts.push(e.context));
  cdp.on('Runtime.executionContextsCleared', () => contexts.splice(0));
  await cdp.send('Runtime.enable');
  if (trace) await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  const inExtension = async <T>(expression: string): Promise<T | undefined> => {
    const mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const world = contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.frameId === mainFrame);
    if (!world) return undefined;
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
    return r.result.value as T | undefined;
  };
  return { page, cdp, inExtension };
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== null) return v;
    if (Date.now() > until) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
