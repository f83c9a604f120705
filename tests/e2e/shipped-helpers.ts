/**
 * For the tests on the shipped build, whose closed overlay Playwright's locators cannot enter: what DealLens drew, read
 * from its own isolated world, and what the page's script can learn of it by hit testing.
 */
import type { Page } from '@playwright/test';

/** Evaluates `expression` in DealLens's own isolated world in the page (over CDP), where its closed overlay is known. */
export async function inDealLensWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const world = worlds.find((w) => w.origin.startsWith('chrome-extension://') && w.auxData?.frameId === frameId);
  if (!world) throw new Error("no DealLens world in the page's main frame");
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
  await cdp.detach();
  return r.result.value as T;
}

/** A badge as DealLens drew it: its verdict and its box's top left corner, in document coordinates. */
export interface DrawnBadge {
  index: number;
  verdict: string;
  x: number;
  y: number;
}

/** Every badge in the closed overlay, from DealLens's world. */
export function drawnBadges(page: Page): Promise<DrawnBadge[]> {
  return inDealLensWorld<DrawnBadge[]>(
    page,
    `Array.from(globalThis.__deallensInPage.surface.shadow.querySelectorAll('.dl-badge'), (b) => {
      const r = b.getBoundingClientRect();
      const verdict = Array.from(b.classList).find((c) => c !== 'dl-badge').replace(/^dl-/, '');
      return { index: Number(b.dataset.index), verdict, x: r.left + scrollX, y: r.top + scrollY };
    })`,
  );
}

/**
 * What the page's script sees of each spot with `document.elementFromPoint`, as it would probe it: on its own grid,
 * a point every half pixel of the window (aligned to whole pixels, as the browser snaps its boxes), from a pixel before
 * the badge's corner to 19 px past it (short of a neighbour, 19 px away), `#` where the point hits DealLens's host and
 * `.` where it hits the page, cut to the rows and columns that hit. A page finds the spots themselves the same way, with
 * a coarser grid; here they are handed to it.
 */
export function hitMasks(page: Page, spots: { x: number; y: number }[]): Promise<string[]> {
  return page.evaluate((spots) => {
    const host = document.querySelector('deallens-overlay');
    return spots.map(({ x, y }) => {
      window.scrollTo(0, Math.max(0, y - 200));
      const left = Math.floor(x - scrollX) - 1;
      const top = Math.floor(y - scrollY) - 1;
      const rows: string[] = [];
      for (let j = 0; j < 40; j++) {
        let row = '';
        for (let i = 0; i < 40; i++) {
          const hit = document.elementFromPoint(left + 0.25 + i / 2, top + 0.25 + j / 2);
          row += hit !== null && hit === host ? '#' : '.';
        }
        rows.push(row);
      }
      const hitRows = rows.filter((r) => r.includes('#'));
      const from = Math.min(...hitRows.map((r) => r.indexOf('#')));
      const to = Math.max(...hitRows.map((r) => r.lastIndexOf('#')));
      return hitRows.map((r) => r.slice(from, to + 1)).join('\n');
    });
  }, spots);
}

/**
 * The size of the open card as the page's script can measure it with `document.elementFromPoint`: the longest run of
 * points on DealLens's host down the column through the middle of a badge whose left edge is at `x` (document
 * coordinates), then across the row through that run's middle, a point per pixel.
 */
export function cardSize(page: Page, x: number): Promise<{ width: number; height: number }> {
  return page.evaluate((x) => {
    const host = document.querySelector('deallens-overlay');
    const longest = (length: number, at: (i: number) => Element | null) => {
      let best = { from: 0, length: 0 };
      let from = -1;
      for (let i = 0; i <= length; i++) {
        if (i < length && at(i) === host) {
          if (from < 0) from = i;
        } else if (from >= 0) {
          if (i - from > best.length) best = { from, length: i - from };
          from = -1;
        }
      }
      return best;
    };
    const column = x - scrollX + 8.5;
    const down = longest(innerHeight, (i) => document.elementFromPoint(column, i + 0.5));
    const across = longest(innerWidth, (i) => document.elementFromPoint(i + 0.5, down.from + down.length / 2));
    return { width: across.length, height: down.length };
  }, x);
}
