/**
 * Many claims on one page: badges are drawn a slice at a time (entrypoints/content/surface.ts), and every claim still
 * ends up with its mark and its badge, and the last one can be focused from the popup's list.
 */
import { test, expect } from './extension';
import { collectErrors, drawnMarks, focusClaimFromBackground } from './inpage-helpers';
import { waitForReport } from './report-helpers';

const SOURCE_PAGE = '/reuters-amazon-openai-talks.html';
const COPIES = 12;

/** How many claims have a mark drawn over their text. */
async function highlightCount(page: import('@playwright/test').Page) {
  return new Set((await drawnMarks(page)).map((m) => m.index)).size;
}

test('hundreds of claims: every highlighted claim gets its badge, the last one can be focused', async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url('www.reuters.com', SOURCE_PAGE));
  const badges = page.locator('deallens-overlay').locator('button.dl-badge');
  await expect(badges.first()).toBeAttached();
  const single = (await waitForReport(ext.context, page)).length;
  await expect(badges).toHaveCount(single);
  expect(await highlightCount(page)).toBe(single);
  const since = Date.now();

  // The article's paragraphs again and again, as a page that loads more of itself would add them.
  await page.evaluate((copies) => {
    const article = document.querySelector('article')!;
    const paragraphs = Array.from(article.querySelectorAll('p'));
    for (let i = 0; i < copies; i++) for (const p of paragraphs) article.appendChild(p.cloneNode(true));
  }, COPIES);
  // Claims in the headline are not copied; every paragraph's claims are, at each copy.
  await expect
    .poll(async () => (await waitForReport(ext.context, page, since)).length, { timeout: 20_000 })
    .toBeGreaterThan(single + ((single - 2) * COPIES) / 2);
  const total = (await waitForReport(ext.context, page, since)).length;
  expect(total).toBeGreaterThan(100);
  await expect(badges).toHaveCount(total, { timeout: 20_000 });
  expect(await highlightCount(page)).toBe(total);

  // The last claim, from the popup's list (relayed by the background): scrolled to, its badge focused.
  expect(await focusClaimFromBackground(ext.sw, total - 1)).toEqual({ res: true });
  await expect(page.locator(`deallens-overlay .dl-badge[data-index="${total - 1}"]`)).toBeFocused();
  expect(errors).toEqual([]);
});
