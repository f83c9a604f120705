/**
 * Helpers for the extension-pages tests: a fixture that can press the toolbar button (CDP Extensions.triggerAction,
 * which grants activeTab exactly as a reader's click does), opening the popup and side panel as tabs aimed at an
 * article tab, and collecting console errors from extension pages.
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect as baseExpect, launchWithExtension, test as base } from './extension';

export const expect = baseExpect;

/** Code passed to evaluate() runs in the extension, where `chrome` exists. */
declare const chrome: typeof import('wxt/browser').browser;

const SCREENSHOTS = resolve('artifacts/screenshots');

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;

export const test = base.extend<{ ext: Ext }>({
  ext: async ({ server }, use) => {
    const launched = await launchWithExtension(server, { args: ['--enable-unsafe-extension-debugging'] });
    // The service worker is an extension page too: whatever a test does, it must log no error.
    const swErrors: string[] = [];
    const watch = (sw: Ext['sw']) => sw.on('console', (m) => m.type() === 'error' && swErrors.push(m.text()));
    watch(launched.sw);
    launched.context.on('serviceworker', watch);
    await use(launched);
    await launched.context.close();
    rmSync(launched.userDataDir, { recursive: true, force: true });
    expect(swErrors, 'errors logged by the service worker').toEqual([]);
  },
});

/** Chrome's id of the tab showing `page` (bring it to the front first: the active tab is the one asked for). */
export async function tabIdOf(ext: Ext, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Presses DealLens's toolbar button for the tab showing `page`, as a reader would (grants activeTab). */
export async function clickToolbarButton(ext: Ext, page: Page): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as unknown as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

/** Errors logged by extension pages and uncaught exceptions there, for the "no console errors" checks. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export async function openExtensionPage(
  ext: Ext,
  file: 'popup.html' | 'sidepanel.html' | 'options.html',
  tabId?: number,
  size?: { width: number; height: number },
) {
  const page = await ext.context.newPage();
  const errors = watchErrors(page);
  if (size) await page.setViewportSize(size);
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${ext.extensionId}/${file}${query}`);
  return { page, errors };
}

export const POPUP_SIZE = { width: 360, height: 560 };
export const SIDEPANEL_SIZE = { width: 400, height: 900 };

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return resolve(SCREENSHOTS, name);
}

/**
 * Stops the extension's service worker as Chrome does when it idles; the next message starts a fresh one. `page` is
 * any extension page (its CDP session sees the extension's workers). The old `ext.sw` handle is dead afterwards.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const stopped = new Promise<void>((ok) => {
      cdp.on(
        'ServiceWorker.workerVersionUpdated',
        (e: { versions: { runningStatus: string; scriptURL: string }[] }) => {
          if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) ok();
        },
      );
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
  }
}

/** URLs of the extension's open pages as Chrome lists them (a real side panel is not a tab, so Playwright has no Page). */
export async function extensionPageUrls(ext: Ext): Promise<string[]> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as unknown as {
      targetInfos: { type: string; url: string }[];
    };
    return targetInfos
      .filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`))
      .map((t) => t.url);
  } finally {
    await cdp.detach();
  }
}
