/**
 * The side panel's Map view in real Chromium: the content script checks a fixture article, the side panel (opened as
 * a tab pinned to the article's tab with ?tab=ID) draws the deal map, the figures chart and the timeline from the
 * bundled fact base and the article's claims. Screenshots go to artifacts/screenshots for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { mapEdge, openMap, shot, tabOf, type Ext } from './viz-helpers';

async function openArticle(ext: Ext, url: string, width = 400) {
  const article = await ext.context.newPage();
  await article.goto(url);
  const tabId = await tabOf(ext, article);
  return openMap(ext, tabId, width);
}

/** axe over the Map view (the panel's own header and tabs are the panel's tests' business). */
async function noAxeViolations(panel: Page) {
  const results = await new AxeBuilder({ page: panel }).include('.viz').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the map marks the article’s deals and sets its contradicted figure against the sources', async ({
  ext,
  server,
}) => {
  const { panel, errors } = await openArticle(ext, server.url('www.reuters.com', '/viz-openai-round.html'));
  const map = panel.getByRole('group', { name: /^Deal map/ });
  await expect(map).toBeVisible();

  const amazon = mapEdge(panel, 'amazon>openai');
  await expect(amazon).toHaveAttribute(
    'aria-label',
    /^Amazon to OpenAI: up to \$50B stake, in talks, 5 sources.*This page: .*Contradicted\. \$10B — this article against up to \$50B — 5 sources\.$/,
  );
  await expect(amazon.locator('tspan')).toHaveText(['up to $50B — 5 sources', '✗ $10B — this article', 'compute deal']);
  await expect(amazon).toHaveClass(/viz-v-contradicted/);
  // SoftBank's "up to $30 billion" agrees with its source: marked supported, with its mark and not only a colour.
  await expect(mapEdge(panel, 'softbank>openai').locator('tspan').first()).toHaveText(/^✓ up to \$30B stake/);
  // A deal the article does not mention is drawn, unmarked.
  await expect(mapEdge(panel, 'amazon>whole-foods')).not.toHaveClass(/has-verdict/);
  await shot(map, 'viz-map-light.png');
  expect(errors).toEqual([]);
});

test('edges are reachable by keyboard; Enter selects one and lists its facts and sources', async ({ ext, server }) => {
  const { panel } = await openArticle(ext, server.url('www.reuters.com', '/viz-openai-round.html'));
  const stops = panel.locator('.viz-edge[tabindex="0"]');
  await expect(stops).toHaveCount(1);
  // Tab from the Map tab button reaches the map's one tab stop.
  await panel.getByRole('tab', { name: 'Map' }).focus();
  let guard = 0;
  while (!(await panel.evaluate(() => document.activeElement?.classList.contains('viz-edge'))) && guard++ < 10)
    await panel.keyboard.press('Tab');
  const first = await panel.evaluate(() => document.activeElement?.getAttribute('data-edge'));
  expect(first).toBeTruthy();
  await panel.keyboard.press('ArrowDown');
  const second = await panel.evaluate(() => document.activeElement?.getAttribute('data-edge'));
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
  await panel.keyboard.press('ArrowUp');
  expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-edge'))).toBe(first);

  // Walk to Amazon -> OpenAI and select it with Enter.
  for (let i = 0; i < 12; i++) {
    if ((await panel.evaluate(() => document.activeElement?.getAttribute('data-edge'))) === 'amazon>openai') break;
    await panel.keyboard.press('ArrowDown');
  }
  expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-edge'))).toBe('amazon>openai');
  await panel.keyboard.press('Enter');
  const amazon = mapEdge(panel, 'amazon>openai');
  await expect(amazon).toHaveAttribute('aria-pressed', 'true');
  const details = panel.locator('.viz-details');
  await expect(details.getByRole('heading', { name: 'Amazon → OpenAI · investment' })).toBeVisible();
  await expect(details.locator('.viz-conflict')).toHaveText('$10B — this article against up to $50B — 5 sources');
  await expect(details).toContainText("Amazon's investment in OpenAI");
  await expect(details).toContainText('Stage of the Amazon–OpenAI talks');
  await expect(details.locator('q.viz-quote').first()).not.toBeEmpty();
  await expect(details.getByText('Contradicted').first()).toBeVisible();
  // Selecting a deal brings its figure into the chart.
  await expect(panel.getByLabel('Figure')).toHaveValue('amazon-openai-investment');
  await shot(panel.locator('.viz-map'), 'viz-map-selected-light.png');
  // Space toggles the selection off again; Escape clears it too.
  await panel.keyboard.press(' ');
  await expect(amazon).toHaveAttribute('aria-pressed', 'false');
  await panel.keyboard.press('Enter');
  await panel.keyboard.press('Escape');
  await expect(amazon).toHaveAttribute('aria-pressed', 'false');
  // A click selects too.
  await mapEdge(panel, 'amazon>anthropic').click();
  await expect(details.getByRole('heading', { name: 'Amazon → Anthropic · investment' })).toBeVisible();
  await expect(panel.getByLabel('Figure')).toHaveValue('amazon-anthropic-investment');
});

test('figures chart: each source’s value and the article’s, with dates', async ({ ext, server }) => {
  const { panel } = await openArticle(ext, server.url('www.reuters.com', '/viz-openai-round.html'));
  const select = panel.getByLabel('Figure');
  // The article's contradicted figure comes first.
  await expect(select).toHaveValue('amazon-openai-investment');
  const chart = panel.locator('.viz-figures figure');
  const rows = chart.locator('.viz-row');
  await expect(rows).toHaveCount(6);
  await expect(rows.locator('.viz-row-value')).toHaveText([
    'up to $50B',
    'up to $50B',
    'up to $50B',
    'up to $50B',
    'up to $50B',
    '$10B',
  ]);
  await expect(rows.locator('.viz-row-date')).toHaveText([
    'Feb 2026',
    'date unknown',
    'date unknown',
    'date unknown',
    'date unknown',
    '3 Feb 2026',
  ]);
  await expect(rows.last()).toHaveClass(/is-page viz-v-contradicted/);
  await expect(rows.last().locator('.viz-row-name')).toHaveText('✗ This article (2×)');
  await expect(chart.locator('figcaption')).toHaveText("Amazon's investment in OpenAI: 5 sources and this article");
  await expect(chart.locator('svg desc')).toContainText('This article (3 Feb 2026');
  await shot(panel.locator('.viz-figures'), 'viz-figures-light.png');

  await select.selectOption('openai-valuation-round');
  await expect(rows.last().locator('.viz-row-value')).toHaveText('about $830B');
  await expect(rows.last()).toHaveClass(/viz-v-supported/);
  await select.selectOption('amazon-layoffs-latest');
  await expect(rows.locator('.viz-row-value')).toHaveText(['about 16,000', 'about 16,000']);
});

test('timeline: dated reports in order with the article among them; undated sources apart', async ({ ext, server }) => {
  const { panel } = await openArticle(ext, server.url('www.reuters.com', '/viz-openai-round.html'));
  const dated = panel.getByRole('list', { name: 'Reports by date' }).locator('.viz-tl-item');
  await expect(dated.locator('.viz-tl-date')).toHaveText(['Feb 2026', '3 Feb 2026']);
  await expect(dated.last()).toHaveClass(/is-page/);
  await expect(dated.last()).toContainText('This article');
  await expect(dated.last()).toContainText('says $10B');
  const undated = panel.getByRole('list', { name: 'Reports without a known date' }).locator('.viz-tl-item');
  await expect(undated).toHaveCount(4);
  await expect(undated.locator('.viz-tl-date')).toHaveText(Array(4).fill('date unknown'));
  await expect(undated.filter({ hasText: 'Daniel Brooks' })).toHaveCount(1);
  await shot(panel.locator('.viz-timeline-wrap'), 'viz-timeline-light.png');
});

test('an undated article is placed as "this page"; its supported deals are marked', async ({ ext, server }) => {
  const { panel, errors } = await openArticle(ext, server.url('techcrunch.com', '/viz-undated-blog.html'));
  await expect(mapEdge(panel, 'amazon>openai').locator('tspan')).toHaveText([
    '✓ up to $50B stake',
    'in talks',
    'compute deal',
  ]);
  await expect(mapEdge(panel, 'amazon>anthropic')).toHaveClass(/viz-v-supported/);
  const page = panel.getByRole('list', { name: 'This page, date not stated' }).locator('.viz-tl-item');
  await expect(page.locator('.viz-tl-date')).toHaveText('this page');
  await expect(panel.getByRole('list', { name: 'Reports by date' }).locator('.is-page')).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const [theme, width] of [
  ['light', 320],
  ['dark-attribute', 500],
  ['dark', 320],
] as const) {
  test(`${theme} theme at ${width} px: readable, no overflow, no accessibility violations`, async ({ ext, server }) => {
    const article = await ext.context.newPage();
    await article.goto(server.url('www.reuters.com', '/viz-openai-round.html'));
    const tabId = await tabOf(ext, article);
    const { panel, errors } = await openMap(ext, tabId, width, theme);
    await expect(mapEdge(panel, 'amazon>openai')).toBeVisible();
    // The views fit the panel, and the map is drawn at the size it is shown (its text is not shrunk to fit).
    expect(
      await panel.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    const map = panel.locator('.viz-map > svg.viz-svg');
    const [viewWidth, shownWidth] = await map.evaluate((svg: SVGSVGElement) => [
      svg.viewBox.baseVal.width,
      svg.getBoundingClientRect().width,
    ]);
    expect(Math.abs(viewWidth - shownWidth)).toBeLessThan(2);
    // Dark means dark: the panel's background and the map's label text differ from the light theme's.
    const bg = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const label = await mapEdge(panel, 'amazon>openai')
      .locator('text')
      .evaluate((t) => getComputedStyle(t).fill);
    if (theme !== 'light') {
      expect(bg).not.toBe('rgb(255, 255, 255)');
      expect(label).not.toBe('rgb(27, 27, 31)');
    } else {
      expect(bg).toBe('rgb(255, 255, 255)');
    }
    await noAxeViolations(panel);
    await mapEdge(panel, 'amazon>openai').click();
    await noAxeViolations(panel);
    await panel.screenshot({ path: shot.path(`viz-panel-${theme}-${width}.png`), fullPage: true });
    await shot(panel.locator('.viz-map > svg.viz-svg'), `viz-map-${theme}-${width}.png`);
    await shot(panel.locator('.viz-figures'), `viz-figures-${theme}-${width}.png`);
    await shot(panel.locator('.viz-timeline-wrap'), `viz-timeline-${theme}-${width}.png`);
    expect(errors).toEqual([]);
  });
}

test('a page DealLens has not checked: the fact base alone, said plainly', async ({ ext, server }) => {
  const { panel, errors } = await openArticle(ext, server.url('www.example-blog.test', '/viz-undated-blog.html'));
  await expect(panel.locator('.viz')).toContainText('DealLens has not checked this page');
  await expect(mapEdge(panel, 'amazon>openai')).toBeVisible();
  await expect(panel.locator('.viz-edge.has-verdict')).toHaveCount(0);
  await expect(panel.locator('.viz-row.is-page')).toHaveCount(0);
  await expect(panel.locator('.viz-tl-item.is-page')).toHaveCount(0);
  expect(errors).toEqual([]);
});
