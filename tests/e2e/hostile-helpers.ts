/**
 * Shared by the hostile-page browser tests: what DealLens must never do to a page, checked the same way on each.
 * Errors are collected from the page, its frames and the content script's isolated world (console messages carry
 * their source URL, chrome-extension://… for DealLens); CSP violations are recorded in the page before any script.
 */
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';
import { expect } from './extension';

const VERDICT_WORDS = ['Supported', 'Contradicted', 'Sources disagree', 'Not in fact base'];
/** What DealLens's badges show (components/badge.tsx): none of it may end up in what the reader copies. */
const BADGE_MARKS = ['✓', '✗', '≠'];

export interface Watched {
  page: Page;
  /** Uncaught errors and console errors, with their source. */
  errors: string[];
}

function describe(m: ConsoleMessage): string {
  const where = m.location();
  return `console.${m.type()} [${where.url}:${where.lineNumber}] ${m.text()}`;
}

/** A new tab that records errors and CSP violations from the first script on. */
export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(describe(m));
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.stack ?? e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} from ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return { page, errors };
}

/** Errors that DealLens caused: anything from the extension's files, plus every uncaught error on these pages. */
function dealLensErrors(errors: string[]): string[] {
  return errors.filter((e) => e.includes('chrome-extension://') || e.startsWith('pageerror') || /DealLens/i.test(e));
}

/** The page's own button still runs the page's own script. */
async function expectPageWorks(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { pageScriptRan?: boolean }).pageScriptRan)).toBe(true);
  const button = page.locator('#page-button');
  const before = await page.evaluate(() => (window as unknown as { clicks: number }).clicks);
  await button.click();
  await expect(button).toHaveText(`Clicked ${before + 1}`);
}

/** Select all and read the selection, as copying would: the page's text, no badge labels or marks. */
async function expectCleanCopy(page: Page) {
  const copied = await page.evaluate(() => {
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.selectAllChildren(document.body);
    const text = sel.toString();
    sel.removeAllRanges();
    return text;
  });
  expect(copied.length).toBeGreaterThan(100);
  for (const word of [...VERDICT_WORDS, ...BADGE_MARKS, 'DealLens']) expect(copied).not.toContain(word);
  // Keyboard select-all (what a reader does before Ctrl+C) selects the same.
  await page
    .locator('body')
    .click({ position: { x: 2, y: 2 } })
    .catch(() => undefined);
  await page.keyboard.press('Control+A');
  const keyboard = await page.evaluate(() => document.getSelection()!.toString());
  for (const word of [...VERDICT_WORDS, ...BADGE_MARKS]) expect(keyboard).not.toContain(word);
  await page.evaluate(() => document.getSelection()!.removeAllRanges());
}

/** The accessible names of DealLens's badges on the page. */
/**
 * What every hostile page must still do at the end: its own buttons and scripts work, select-all copies its text
 * only, and DealLens raised no error.
 */
export async function expectPageUnharmed(page: Page, errors: string[]) {
  await expectPageWorks(page);
  await expectCleanCopy(page);
  expect(dealLensErrors(errors)).toEqual([]);
}

export async function badgeLabels(page: Page): Promise<string[]> {
  return page
    .locator('deallens-overlay')
    .locator('button.dl-badge')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** How many times the content script has run its check on this page (the overlay host's diagnostic attribute). */
export async function runs(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('deallens-overlay')?.getAttribute('data-runs') ?? 0));
}

/**
 * Every badge whose name matches sits on one of the places the page says `text` (same line box, at its end), so a
 * badge is right in place as well as in verdict, however the page is styled.
 */
export async function expectBadgesOnText(page: Page, name: RegExp, text: string) {
  const result = await page.evaluate(
    ({ source, flags, text }) => {
      const re = new RegExp(source, flags);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const spots: DOMRect[] = [];
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let at = n.data.indexOf(text); at >= 0; at = n.data.indexOf(text, at + 1)) {
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + text.length);
          const rects = Array.from(r.getClientRects());
          if (rects.length) spots.push(rects[rects.length - 1]!);
        }
      }
      const host = document.querySelector('deallens-overlay');
      const badges = Array.from(host?.shadowRoot?.querySelectorAll('button.dl-badge') ?? []).filter((b) =>
        re.test(b.getAttribute('aria-label') ?? ''),
      );
      return badges.map((b) => {
        const r = b.getBoundingClientRect();
        const cy = r.top + r.height / 2;
        const near = spots.some(
          (s) => cy >= s.top - r.height && cy <= s.bottom + r.height && r.left >= s.left - 4 && r.left <= s.right + 60,
        );
        return { name: b.getAttribute('aria-label'), width: Math.round(r.width), height: Math.round(r.height), near };
      });
    },
    { source: name.source, flags: name.flags, text },
  );
  expect(result.length).toBeGreaterThan(0);
  for (const b of result) {
    expect(b, `${b.name} sits on "${text}"`).toMatchObject({ near: true });
    // The overlay's own style applies (the page's CSS cannot reach into its shadow root): badges stay 17 px.
    expect([b.width, b.height]).toEqual([17, 17]);
  }
}
