/** Shared by the Map view's browser tests: the article's tab id, the side panel opened on its Map view, screenshots. */
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { launchWithExtension } from './extension';

/** Code passed to evaluate() runs in the extension, where `chrome` exists. */
declare const chrome: typeof import('wxt/browser').browser;

export type Ext = Awaited<ReturnType<typeof launchWithExtension>>;
export type Theme = 'light' | 'dark' | 'dark-attribute';

const SHOTS = resolve('artifacts/screenshots');

/** Chrome's id of the tab showing `page` (brought to the front: the active tab is the one asked for). */
export async function tabOf(ext: Ext, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/**
 * The side panel as a tab pinned to `tabId` (?tab=ID, as the panel's own tests do), at a side panel's width, on
 * its Map view. "dark" follows the system's colour scheme; "dark-attribute" sets data-theme="dark" on <html> under
 * a light system scheme.
 */
export async function openMap(ext: Ext, tabId: number, width = 400, theme: Theme = 'light') {
  const panel = await ext.context.newPage();
  const errors: string[] = [];
  panel.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  panel.on('pageerror', (e) => errors.push(String(e)));
  await panel.setViewportSize({ width, height: 900 });
  await panel.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('tab', { name: 'Map' }).click();
  await panel.locator('.viz').waitFor();
  // Set after the page has applied the stored theme, which would otherwise overwrite it.
  if (theme === 'dark-attribute') {
    await expect(panel.locator(':root')).toHaveAttribute('data-theme', 'system');
    await panel.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
  }
  return { panel, errors };
}

export function mapEdge(panel: Page, id: string): Locator {
  return panel.locator(`.viz-edge[data-edge="${id}"]`);
}

export async function shot(target: Locator | Page, name: string): Promise<string> {
  const path = shot.path(name);
  await target.screenshot({ path });
  return path;
}
shot.path = (name: string): string => {
  mkdirSync(SHOTS, { recursive: true });
  return resolve(SHOTS, name);
};
