/**
 * Pages that change under DealLens: paragraphs added later, client-side navigation, a strip that mutates all the
 * time, a second injection by "Check this page", and the reader's settings changing while the page is open.
 */
import { rmSync } from 'node:fs';
import { test, expect, launchWithExtension } from './extension';
import { clickToolbarButton } from './pages-helpers';
import { badgeNames, collectErrors, drawnMarks, shotPath } from './inpage-helpers';

const READ_MORE = '/techcrunch-openai-read-more.html';

/** How many times DealLens has checked the page (the overlay host keeps the count for diagnosis). */
const runs = (page: import('@playwright/test').Page) =>
  page.evaluate(() => Number(document.querySelector('deallens-overlay')?.getAttribute('data-runs') ?? 0));

test('paragraphs added later get badges; a constantly changing price strip does not cause re-checks', async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url('techcrunch.com', READ_MORE));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: /^Supported: .*50 billion/ })).toHaveCount(1);
  const before = await badgeNames(page);
  expect(before.join('\n')).not.toContain('16,000');

  // The strip in the masthead changes every 150 ms for 3 s: not article content, so nothing is re-checked.
  const runsBefore = await runs(page);
  // Drawing its own overlay did not make DealLens check the page again.
  expect(runsBefore).toBe(1);
  await page.waitForTimeout(3000);
  expect(await runs(page)).toBe(runsBefore);

  await page.getByRole('button', { name: 'Read more' }).click();
  await expect(overlay.getByRole('button', { name: /^Supported: .*16,000/ })).toHaveCount(1);
  const after = await badgeNames(page);
  // The earlier badges stay, the new ones come after them in reading order.
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.length).toBeGreaterThan(before.length);
  await page.waitForTimeout(2500);
  // One re-check for the added paragraphs (the ticker keeps going meanwhile).
  expect(await runs(page)).toBeLessThanOrEqual(runsBefore + 2);
  await page.screenshot({ path: shotPath('inpage-read-more.png') });
  expect(errors).toEqual([]);
});

test('client-side navigation to another story re-checks it and drops the old badges', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url('techcrunch.com', READ_MORE));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: /^Supported: .*50 billion/ })).toHaveCount(1);
  await page.getByRole('link', { name: /^Next story/ }).click();
  await expect(page).toHaveURL(/openai-valuation/);
  await expect(overlay.getByRole('button', { name: /^Contradicted: .*\$10 billion/ })).toHaveCount(1);
  await expect(overlay.getByRole('button', { name: /^Supported: .*50 billion/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a page not on the news list is left alone until "Check this page" injects the script; injected again, it replaces itself', async ({
  server,
}) => {
  const ext = await launchWithExtension(server, { args: ['--enable-unsafe-extension-debugging'] });
  try {
    const page = await ext.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('www.example-blog.test', '/blog-amazon-openai.html'));
    await page.waitForTimeout(1500);
    expect(await page.locator('deallens-overlay').count()).toBe(0);

    // The toolbar button grants activeTab, as a reader's click does; then inject the way the background does.
    await clickToolbarButton(ext, page);
    const inject = () =>
      ext.sw.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: any }).chrome;
        const tabs: { id: number; url?: string }[] = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url?.includes('example-blog.test'));
        await chrome.scripting.executeScript({ target: { tabId: tab!.id }, files: ['content-scripts/content.js'] });
      });
    await inject();
    const overlay = page.locator('deallens-overlay');
    await expect(overlay.getByRole('button', { name: /^Supported: .*50 billion/ })).toHaveCount(1);
    const names = await badgeNames(page);
    // Mark this instance's overlay from the page's world, to see it replaced.
    await page.evaluate(
      () => ((document.querySelector('deallens-overlay') as unknown as { first: boolean }).first = true),
    );

    await inject();
    await expect
      .poll(() =>
        page.evaluate(
          () => (document.querySelector('deallens-overlay') as unknown as { first?: boolean } | null)?.first,
        ),
      )
      .toBeUndefined();
    await expect(overlay.getByRole('button', { name: /^Supported: .*50 billion/ })).toHaveCount(1);
    expect(await page.locator('deallens-overlay').count()).toBe(1);
    expect(await badgeNames(page)).toEqual(names);
    // Only the newest copy listens to the keyboard: one card opens, not two.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+Shift+N');
    await expect(overlay.getByRole('dialog')).toHaveCount(1);
    expect(errors).toEqual([]);
  } finally {
    await ext.context.close();
    rmSync(ext.userDataDir, { recursive: true, force: true });
  }
});

test('switching the site off removes everything at once; hiding "Not in fact base" hides those badges', async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url('www.cnbc.com', '/cnbc-openai-funding-conflict.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: /^Not in fact base/ }).first()).toBeVisible();
  const all = (await badgeNames(page)).length;

  const setSettings = (value: object) =>
    ext.sw.evaluate(async (v) => {
      const chrome = (globalThis as unknown as { chrome: any }).chrome;
      await chrome.storage.local.set({ settings: v });
    }, value);

  await setSettings({ version: 1, userSites: [], disabledSites: [], showUnknown: false, theme: 'system' });
  await expect(overlay.getByRole('button', { name: /^Not in fact base/ })).toHaveCount(0);
  const flagged = (await badgeNames(page)).length;
  expect(flagged).toBeGreaterThan(0);
  expect(flagged).toBeLessThan(all);
  expect((await drawnMarks(page)).filter((m) => m.verdict === 'unknown')).toEqual([]);
  expect((await drawnMarks(page)).length).toBeGreaterThan(0);

  await setSettings({ version: 1, userSites: [], disabledSites: ['cnbc.com'], showUnknown: true, theme: 'system' });
  await expect(page.locator('deallens-overlay')).toHaveCount(0);

  await setSettings({ version: 1, userSites: [], disabledSites: [], showUnknown: true, theme: 'system' });
  await expect(overlay.getByRole('button')).toHaveCount(all);
  expect(errors).toEqual([]);
});

test('badges follow their claims when the window is resized', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('www.cnbc.com', '/cnbc-openai-funding-conflict.html'));
  const badge = page.locator('deallens-overlay').getByRole('button', { name: /^Supported: .*16,000/ });
  await expect(badge).toHaveCount(1);
  // Where the claim's text ends on screen, and where its badge is.
  const gap = () =>
    page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf('approximately 16,000');
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 'approximately 16,000'.length);
        const rects = Array.from(range.getClientRects());
        const end = rects[rects.length - 1]!;
        const b = document
          .querySelector('deallens-overlay')!
          .shadowRoot!.querySelector('button[aria-label^="Supported: approximately 16,000"]')!
          .getBoundingClientRect();
        return {
          dx: Math.abs(b.left - end.right),
          dy: Math.abs(b.top + b.height / 2 - (end.top + end.height / 2)),
          top: end.top,
        };
      }
      throw new Error('claim text not found');
    });
  const wide = await gap();
  expect(wide.dx).toBeLessThan(20);
  expect(wide.dy).toBeLessThan(20);
  await page.setViewportSize({ width: 760, height: 900 });
  await expect.poll(async () => (await gap()).dx).toBeLessThan(20);
  const narrow = await gap();
  expect(narrow.dy).toBeLessThan(20);
  // The text re-wrapped (the claim moved), and the badge moved with it.
  expect(narrow.top).not.toBe(wide.top);
});
