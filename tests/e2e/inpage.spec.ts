/**
 * DealLens in the page, in real Chromium with the built extension, on fixture pages served under news hosts:
 * badges and their verdicts, the evidence card, keyboard use, and that the page itself is left alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './extension';
import { waitForReport } from './report-helpers';
import {
  afterState,
  badgeNames,
  collectErrors,
  collectRequests,
  drawnMarks,
  focusClaimFromBackground,
  recordBaseline,
  shotPath,
  tabOnto,
} from './inpage-helpers';

const SOURCE_PAGE = '/reuters-amazon-openai-talks.html';
const CONFLICT_PAGE = '/cnbc-openai-funding-conflict.html';

test('a page built from a source article: badges with verdicts, only in the article, page untouched', async ({
  ext,
  server,
}) => {
  const requests = collectRequests(ext.context);
  // The server outlives a test (worker-scoped): look only at what this test asked of it.
  const served = server.requests.length;
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await recordBaseline(page);
  const url = server.url('www.reuters.com', SOURCE_PAGE);
  await page.goto(url);

  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: /^Supported: .*50 billion/i }).first()).toBeVisible();
  // The share price and three-year return are points the sources disagree on.
  await expect(overlay.getByRole('button', { name: /^Sources disagree: .*241\.73/ })).toHaveCount(1);
  await waitForReport(ext.context, page);
  await expect(page.getByRole('button', { name: /^Contradicted/ })).toHaveCount(0);

  const names = await badgeNames(page);
  const article = await page.locator('article').innerText();
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  for (const name of names) {
    expect(name).toMatch(/^(Supported|Contradicted|Sources disagree|Not in fact base): /);
    // Every claim is article text, word for word; nothing from nav, ads, rail or comments.
    expect(flat(article)).toContain(name.replace(/^[^:]+: /, '').replace(/…$/, ''));
  }
  for (const boilerplate of ['$10 billion', '$900 billion', '$40 billion', '50,000']) {
    expect(names.join('\n')).not.toContain(boilerplate);
  }

  const after = await afterState(page);
  expect(after.before).toBeTruthy();
  expect(after.text).toBe(after.before.text);
  expect(after.html).toBe(after.before.html);
  expect(after.boxes).toEqual(after.before.boxes);
  expect(after.shift).toBe(0);
  // Marks are drawn in the overlay, not elements wrapped around text, and nothing goes into the page's shared
  // highlight registry (where the page's script could read it).
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  const marks = await drawnMarks(page);
  expect(new Set(marks.map((m) => m.index)).size).toBe(names.length);
  const supported = marks.find((m) => m.verdict === 'supported')!;
  expect(supported).toMatchObject({ background: 'rgba(34, 197, 94, 0.22)', underline: 'solid' });
  // The mark covers its claim's text: the text under its middle is a claim's.
  const under = await page.evaluate(({ left, top, right, bottom }) => {
    const at = document.caretPositionFromPoint((left + right) / 2, (top + bottom) / 2);
    return at?.offsetNode.textContent ?? '';
  }, supported.box);
  expect(under).toMatch(/50 billion/i);
  // Last: a full-page screenshot resizes the viewport, which itself shifts layout.
  await page.screenshot({ path: shotPath('inpage-source-article.png'), fullPage: true });

  expect(errors).toEqual([]);
  const foreign = requests.filter((u) => /^https?:/.test(u) && !server.hosts.includes(new URL(u).hostname));
  expect(foreign).toEqual([]);
  expect(
    server.requests.slice(served).filter((r) => r !== `www.reuters.com ${SOURCE_PAGE}` && !r.endsWith('/favicon.ico')),
  ).toEqual([]);
});

test('conflicting figures are Contradicted; the card shows claim, verdict, why and sourced quotes; Escape closes it', async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await recordBaseline(page);
  await page.goto(server.url('www.cnbc.com', CONFLICT_PAGE));
  const overlay = page.locator('deallens-overlay');

  const ten = overlay.getByRole('button', { name: /^Contradicted: .*\$10 billion/ }).first();
  await expect(ten).toBeVisible();
  await expect(overlay.getByRole('button', { name: /^Contradicted: .*\$900 billion/ }).first()).toBeVisible();
  await expect(overlay.getByRole('button', { name: /^Supported: .*16,000/ })).toHaveCount(1);
  const names = await badgeNames(page);
  for (const railOrComment of ['$50 billion', '$830 billion', '30,000', '$30 billion']) {
    expect(names.join('\n')).not.toContain(railOrComment);
  }
  const settled = await afterState(page);
  expect(settled.html).toBe(settled.before.html);
  expect(settled.shift).toBe(0);
  await page.screenshot({ path: shotPath('inpage-conflict-dark.png') });

  await tabOnto(page, ten);
  const card = overlay.getByRole('dialog');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Contradicted');
  await expect(card).toContainText('$10 billion');
  const cardText = await card.innerText();
  // The why, and at least one source quote giving the figure the sources do state, with outlet and date.
  expect(cardText).toMatch(/50 billion/);
  expect(await card.locator('blockquote').count()).toBeGreaterThan(0);
  await expect(card.locator('.dl-cite').first()).toContainText(/— .+ · “.+” · (\d{4}-\d{2}(-\d{2})?|undated)/);
  expect(await card.locator('.dl-why').innerText()).not.toBe('');
  await page.screenshot({ path: shotPath('inpage-evidence-card.png') });
  // Badges and the open card pass axe's checks (names, roles, contrast).
  const axe = await new AxeBuilder({ page }).include('deallens-overlay').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  // Focus stays on (returns to) the badge.
  expect(
    await page.evaluate(() =>
      document.querySelector('deallens-overlay')!.shadowRoot!.activeElement?.getAttribute('aria-label'),
    ),
  ).toMatch(/^Contradicted: .*\$10 billion/);

  // Hover opens a card too.
  await overlay.getByRole('button', { name: /^Supported: .*16,000/ }).hover();
  await expect(overlay.getByRole('dialog')).toContainText('16,000');

  expect(errors).toEqual([]);
});

test('Alt+Shift+N / Alt+Shift+P move between claims; the background can focus a claim', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const url = server.url('www.cnbc.com', CONFLICT_PAGE);
  await page.goto(url);
  await expect(page.locator('deallens-overlay').getByRole('button').first()).toBeVisible();
  const names = await badgeNames(page);
  expect(names.length).toBeGreaterThan(2);
  const focused = () =>
    page.evaluate(
      () => document.querySelector('deallens-overlay')!.shadowRoot!.activeElement?.getAttribute('aria-label') ?? null,
    );

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+Shift+N');
  expect(await focused()).toBe(names[0]);
  await page.keyboard.press('Alt+Shift+N');
  expect(await focused()).toBe(names[1]);
  await page.keyboard.press('Alt+Shift+P');
  expect(await focused()).toBe(names[0]);
  await expect(page.locator('deallens-overlay').getByRole('dialog')).toBeVisible();

  const last = names.length - 1;
  const answer = await focusClaimFromBackground(ext.sw, last);
  expect(answer).toEqual({ res: true });
  expect(await focused()).toBe(names[last]);
  const inView = await page.evaluate((i) => {
    const b = document.querySelector('deallens-overlay')!.shadowRoot!.querySelector(`[data-index="${i}"]`)!;
    const r = b.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, last);
  expect(inView).toBe(true);
});

test('an unrelated page gets no flagged badges', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url('www.reuters.com', '/reuters-heatwave-weather.html'));
  // The check ran to its end (its report is in) and found nothing to flag.
  const reported = await waitForReport(ext.context, page);
  expect(reported.filter((c) => c.verdict !== 'unknown')).toEqual([]);
  await expect(page.getByRole('button', { name: /^(Supported|Contradicted|Sources disagree)/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});
