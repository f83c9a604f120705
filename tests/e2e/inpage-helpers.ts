/**
 * Shared by the in-page browser tests: what the page looked like before DealLens ran, layout shifts, console
 * errors, and every request the browser made.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SHOTS = resolve('artifacts/screenshots');

export function shotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return resolve(SHOTS, name);
}

/**
 * Runs in the page before any script: records the article's markup, the body's text and the boxes of the article's
 * elements at DOMContentLoaded (before document_idle, when the content script starts), and sums layout shifts.
 */
export async function recordBaseline(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__shift = (w.__shift as number) + (e as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.__before = {
        text: document.body.innerText,
        html: document.body.innerHTML,
        boxes: Array.from(document.querySelectorAll('article *')).map((el) => {
          const r = el.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 100) / 100).join(',');
        }),
      };
    });
  });
}

export async function afterState(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      before: w.__before as { text: string; html: string; boxes: string[] },
      text: document.body.innerText,
      html: document.body.innerHTML,
      boxes: Array.from(document.querySelectorAll('article *')).map((el) => {
        const r = el.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 100) / 100).join(',');
      }),
      shift: w.__shift as number,
    };
  });
}

/** Console errors and uncaught exceptions on a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Every request any page, worker or the extension made in the context. */
export function collectRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** The accessible names of DealLens's badges, in document order. */
export async function badgeNames(page: Page): Promise<string[]> {
  return page
    .locator('deallens-overlay')
    .locator('button.dl-badge')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

/** Sends backgroundFocusClaim to the tab as the background does (the @webext-core/messaging envelope). */
export async function focusClaimFromBackground(sw: import('@playwright/test').Worker, index: number) {
  return sw.evaluate(
    async ({ index }) => {
      // Runs in the service worker, where `chrome` is a global.
      const chrome = (globalThis as unknown as { chrome: any }).chrome;
      // Without the "tabs" permission tab URLs are hidden: ask every tab, only the article's content script answers.
      const tabs: { id: number }[] = await chrome.tabs.query({});
      const answers = await Promise.all(
        tabs.map(
          (tab) =>
            new Promise((ok) =>
              chrome.tabs.sendMessage(
                tab.id,
                {
                  id: 1,
                  type: 'backgroundFocusClaim',
                  data: { index },
                  timestamp: Date.now(),
                },
                { frameId: 0 },
                (res: unknown) => {
                  void chrome.runtime.lastError;
                  ok(res);
                },
              ),
            ),
        ),
      );
      return answers.find((a) => a !== undefined);
    },
    { index },
  );
}

/**
 * Moves keyboard focus onto a badge as a reader does, with the Tab key (a badge focused by a script opens no card:
 * components/trusted-input.ts): focus it, step back with Shift+Tab, and Tab onto it again.
 */
export async function tabOnto(page: import('@playwright/test').Page, badge: import('@playwright/test').Locator) {
  await badge.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
}

export interface DrawnMark {
  index: number;
  verdict: string;
  /** Viewport coordinates, as getBoundingClientRect gives them. */
  box: { left: number; top: number; right: number; bottom: number };
  background: string;
  /** The underline: its border style, or 'wavy' when it is drawn with a gradient. */
  underline: string;
}

/** The claims' marks in the overlay (open in the e2e build): which claim, verdict, where, and how each is painted. */
export function drawnMarks(page: Page): Promise<DrawnMark[]> {
  return page.evaluate(() => {
    const root = document.querySelector('deallens-overlay')?.shadowRoot;
    return Array.from(root?.querySelectorAll<HTMLElement>('.dl-mark') ?? []).map((m) => {
      const after = getComputedStyle(m, '::after');
      const r = m.getBoundingClientRect();
      return {
        index: Number(m.dataset.index),
        verdict: Array.from(m.classList)
          .find((c) => c !== 'dl-mark')!
          .replace(/^dl-/, ''),
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        background: getComputedStyle(m).backgroundColor,
        underline: after.backgroundImage.includes('gradient') ? 'wavy' : after.borderBottomStyle,
      };
    });
  });
}
