/**
 * Hostile and odd pages (tests/fixtures/hostile/), in real Chromium with the built extension, served under a news
 * host so the declared content script runs. On each page: DealLens raises no error, the page's own buttons and
 * scripts still work, select-all copies the page's text only, and the article's claims get the right badges.
 */
import { test, expect } from './extension';
import { reportRecord, waitForReport } from './report-helpers';
import { drawnMarks, tabOnto } from './inpage-helpers';
import {
  badgeLabels,
  cspViolations,
  expectBadgesOnText,
  expectPageUnharmed,
  runs,
  watchedPage,
} from './hostile-helpers';

const SUPPORTED = /^Supported: .*50 billion/;
const CONTRADICTED = /^Contradicted: .*10 billion/;

test('a page of 100,000 elements', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/huge-dom.html'));
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(100_000);
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  await waitForReport(ext.context, page);
  await expect(overlay.getByRole('button', { name: /^Contradicted/ })).toHaveCount(0);
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  await expectPageUnharmed(page, errors);
});

test('a page that appends paragraphs forever', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/infinite.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  const started = Date.now();
  const runsBefore = await runs(page);
  const appendedBefore = await page.evaluate(() => (window as unknown as { appended: number }).appended);
  await page.waitForTimeout(4000);
  const seconds = (Date.now() - started) / 1000;
  // The page kept appending (its timer was not starved) and DealLens kept up at its own pace: re-checks are spaced
  // at least a second apart (entrypoints/content/watch.ts), however fast the page changes.
  const appended = await page.evaluate(() => (window as unknown as { appended: number }).appended);
  expect(appended - appendedBefore).toBeGreaterThan(10);
  const ranSince = (await runs(page)) - runsBefore;
  expect(ranSince).toBeGreaterThan(0);
  expect(ranSince).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  await waitForReport(ext.context, page);
  await expect(overlay.getByRole('button', { name: /^Contradicted/ })).toHaveCount(0);
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  await expectPageUnharmed(page, errors);
});

test('a single-page app that swaps articles with history.pushState', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/spa.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();

  await page.locator('#next-story').click();
  await expect(page).toHaveURL(/\/hostile\/spa\/second-story$/);
  await expect(overlay.getByRole('button', { name: CONTRADICTED })).toHaveCount(1);
  await expect(overlay.getByRole('button', { name: SUPPORTED })).toHaveCount(0);
  await expectBadgesOnText(page, CONTRADICTED, '10 billion');

  await page.goBack();
  await expect(page).toHaveURL(/\/hostile\/spa\.html$/);
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  await waitForReport(ext.context, page);
  await expect(overlay.getByRole('button', { name: /^Contradicted/ })).toHaveCount(0);
  await expectPageUnharmed(page, errors);
});

test('same-origin and cross-origin iframes', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/iframes.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  // DealLens reads the top document's article only: the embeds' "$10 billion" is neither badged from the top
  // frame nor given an overlay of its own inside a frame (the content script is declared for top frames).
  for (const id of ['#same-origin', '#cross-news', '#cross-other']) {
    const frame = page.frameLocator(id);
    await frame.locator('#frame-button').click();
    await expect(frame.locator('#frame-button')).toHaveText('Frame clicked');
  }
  await waitForReport(ext.context, page);
  expect((await badgeLabels(page)).join('\n')).not.toContain('10 billion');
  const framesWithOverlay = await Promise.all(
    page
      .frames()
      .filter((f) => f !== page.mainFrame())
      .map((f) => f.evaluate(() => document.querySelector('deallens-overlay') !== null)),
  );
  expect(framesWithOverlay).toEqual([false, false, false]);
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  await expectPageUnharmed(page, errors);
});

test('a page whose CSS restyles everything (all: unset, huge fonts, !important)', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/restyle.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  // The overlay takes no room in the page however the page styles its elements.
  const host = await page.locator('deallens-overlay').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { w: r.width, h: r.height, pos: getComputedStyle(el).position };
  });
  expect(host).toEqual({ w: 0, h: 0, pos: 'absolute' });
  await expectPageUnharmed(page, errors);
});

test('right-to-left text', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/rtl.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  await waitForReport(ext.context, page);
  await expect(overlay.getByRole('button', { name: /^Contradicted/ })).toHaveCount(0);
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  await expectPageUnharmed(page, errors);
});

test('claims inside editable regions and form fields are left alone', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/forms.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  // Every editable place holds "$10 billion": none of it is badged or highlighted.
  await waitForReport(ext.context, page);
  await expect(overlay.getByRole('button', { name: /^Contradicted/ })).toHaveCount(0);
  const editable = await page.evaluate(() =>
    ['#draft', '#plain-draft', '#comment', '#field'].map((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return { id: s, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
  const marks = await drawnMarks(page);
  expect(marks.length).toBeGreaterThan(0);
  const touched = marks.flatMap((m) =>
    editable
      .filter((e) => m.box.left < e.right && e.left < m.box.right && m.box.top < e.bottom && e.top < m.box.bottom)
      .map((e) => `${m.verdict} mark on ${e.id}`),
  );
  expect(touched).toEqual([]);
  const original =
    'Amazon is in talks to invest $10 billion in OpenAI, people familiar with the matter said on January 29, 2026.';
  expect(await page.locator('#comment').inputValue()).toBe(original);
  expect(await page.locator('#field').inputValue()).toBe(original);

  // Typing in them still works, and what was typed is the reader's, not DealLens's.
  await page.locator('#draft').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Edited.');
  await expect(page.locator('#draft')).toContainText('Edited.');
  await page.locator('#comment').fill('My comment: Amazon is in talks to invest $10 billion in OpenAI.');
  await page.locator('#field').fill('Another field');
  await page.waitForTimeout(1500);
  await waitForReport(ext.context, page);
  await expect(overlay.getByRole('button', { name: /^Contradicted/ })).toHaveCount(0);
  expect(await page.locator('#comment').inputValue()).toBe(
    'My comment: Amazon is in talks to invest $10 billion in OpenAI.',
  );
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  await expectPageUnharmed(page, errors);
});

test('text inside an open shadow root', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/shadow.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  // The component's shadow tree is its own: its text is not read as the article, nothing is drawn into it.
  await waitForReport(ext.context, page);
  expect((await badgeLabels(page)).join('\n')).not.toContain('10 billion');
  expect(await page.locator('story-card').evaluate((el) => el.shadowRoot!.querySelectorAll('*').length)).toBe(3);
  await page.locator('#shadow-button').click();
  await expect(page.locator('#shadow-button')).toHaveText('Shadow clicked');
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  await expectPageUnharmed(page, errors);
});

test('a page that deletes the overlay once: it comes back', async ({ ext, server }) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/overlay-killer.html?once'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { removed: number }).removed)).toBe(1);
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  await expect(overlay).toHaveCount(1);
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  await expectPageUnharmed(page, errors);
});

test('a page that deletes the overlay every time: DealLens gives up quietly, no tug of war', async ({
  ext,
  server,
}) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/overlay-killer.html'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { removed: number }).removed)).toBeGreaterThan(0);
  // Resizing and scrolling make DealLens place its badges again; it may put its overlay back a few times, then stops.
  for (const width of [1000, 1200, 900, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(1500);
  const removed = await page.evaluate(() => (window as unknown as { removed: number }).removed);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { removed: number }).removed)).toBe(removed);
  // It came back at least once (the page removed it again), and a bounded number of times.
  expect(removed).toBeGreaterThan(1);
  expect(removed).toBeLessThanOrEqual(6);
  // And the popup tells the reader why the page has no badges.
  await expect.poll(async () => (await reportRecord(ext.context, page))?.displaced).toBe(true);
  const { tabId } = (await reportRecord(ext.context, page))!;
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('status').filter({ hasText: 'keeps removing DealLens' })).toHaveText(
    /This page keeps removing DealLens's badges, so DealLens stopped putting them back\./,
  );
  await popup.close();
  await expectPageUnharmed(page, errors);
});

test('a page that sweeps out unknown elements on a timer: the overlay is put back each time', async ({
  ext,
  server,
}) => {
  const { page, errors } = await watchedPage(ext.context);
  await page.goto(server.url('www.reuters.com', '/hostile/overlay-sweeper.html'));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  // Several sweeps later (every 700 ms), the badges are there, in place, and the popup reports nothing wrong.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { removed: number }).removed), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(4);
  await expect(overlay).toHaveCount(1);
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  expect((await reportRecord(ext.context, page))?.displaced).toBeUndefined();
  await expectPageUnharmed(page, errors);
});

test('a page with a strict Content-Security-Policy header (no inline style or script, Trusted Types)', async ({
  ext,
  server,
}) => {
  const { page, errors } = await watchedPage(ext.context);
  const response = await page.goto(server.url('www.reuters.com', '/hostile/csp/strict.html'));
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: SUPPORTED }).first()).toBeVisible();
  await expectBadgesOnText(page, SUPPORTED, '50 billion');
  await tabOnto(page, overlay.getByRole('button', { name: SUPPORTED }).first());
  await expect(overlay.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await cspViolations(page)).toEqual([]);
  await expectPageUnharmed(page, errors);
});
