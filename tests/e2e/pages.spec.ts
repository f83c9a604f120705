/**
 * The popup, side panel and options end to end: real fixture pages under news hosts, the real content script and
 * engine, and the extension pages opened as tabs aimed at the article (`?tab=ID`).
 */
import type { Page } from '@playwright/test';
import {
  clickToolbarButton,
  expect,
  extensionPageUrls,
  openExtensionPage,
  POPUP_SIZE,
  screenshotPath,
  SIDEPANEL_SIZE,
  tabIdOf,
  test,
} from './pages-helpers';
import { drawnMarks } from './inpage-helpers';

/** Code passed to evaluate() runs in the extension, where `chrome` exists. */
declare const chrome: typeof import('wxt/browser').browser;

type Ext = Parameters<Parameters<typeof test>[2]>[0]['ext'];
type Server = { url(h: string, p: string): string };

const REUTERS = ['www.reuters.com', '/reuters-amazon-openai-talks.html'] as const;
const BLOG = ['www.example-blog.test', '/blog-amazon-openai.html'] as const;

/** The badges DealLens drew in the page, as the reader's assistive tech names them, in page order. */
function badges(page: Page) {
  return page.locator('deallens-overlay button.dl-badge');
}

async function badgeLabels(page: Page): Promise<string[]> {
  return badges(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

async function openArticle(ext: Ext, server: Server, [host, path]: readonly [string, string], wait = true) {
  const page = await ext.context.newPage();
  await page.goto(server.url(host, path));
  if (wait) await expect(badges(page).first()).toBeAttached();
  return { page, tabId: await tabIdOf(ext, page) };
}

test("popup: counts and list match the page's badges; a click focuses the badge in the page", async ({
  ext,
  server,
}) => {
  const { page, tabId } = await openArticle(ext, server, REUTERS);
  const { page: popup, errors } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  const items = popup.locator('.claim-list button.claim');
  await expect(items.first()).toBeVisible();
  // Same claims, same verdicts, same order as the page's badges (their names start with the verdict's label).
  const labels = await badgeLabels(page);
  const listed = await items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(listed.length).toBe(labels.length);
  listed.forEach((name, i) => expect(labels[i]!.startsWith(name.split(':')[0]!), `${name} vs ${labels[i]}`).toBe(true));
  for (const [verdict, label] of [
    ['supported', 'Supported'],
    ['contradicted', 'Contradicted'],
    ['disputed', 'Sources disagree'],
    ['unknown', 'Not in fact base'],
  ]) {
    const inPage = labels.filter((l) => l.startsWith(label!)).length;
    await expect(popup.locator(`.verdict-count[data-verdict="${verdict}"] .count`)).toHaveText(String(inPage));
  }
  await popup.screenshot({ path: screenshotPath('popup.png') });

  // Pick the last claim so the page has to scroll to it.
  const last = items.last();
  const index = await last.getAttribute('data-index');
  await last.click();
  const badge = page.locator(`deallens-overlay button.dl-badge[data-index="${index}"]`);
  await expect(badge).toBeFocused();
  await expect(badge).toBeInViewport();

  // "Open side panel" opens Chrome's side panel (chrome.sidePanel.open, from the click's user gesture).
  const panelUrl = `chrome-extension://${ext.extensionId}/sidepanel.html`;
  expect(await extensionPageUrls(ext)).not.toContain(panelUrl);
  await popup.getByRole('button', { name: 'Open side panel' }).click();
  await expect.poll(() => extensionPageUrls(ext)).toContain(panelUrl);
  await expect(popup.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('site switch: turning DealLens off removes the badges and stays off after reload', async ({ ext, server }) => {
  const { page, tabId } = await openArticle(ext, server, REUTERS);
  const { page: popup, errors } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  const toggle = popup.getByRole('switch', { name: 'DealLens on www.reuters.com' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck({ force: true });
  await expect(popup.getByText('DealLens is off on www.reuters.com')).toBeVisible();
  await expect(badges(page)).toHaveCount(0);
  await expect(popup.locator('.claim-list')).toHaveCount(0);

  await page.reload();
  await page.waitForLoadState('load');
  await popup.reload();
  await expect(popup.getByRole('switch', { name: 'DealLens on www.reuters.com' })).not.toBeChecked();
  await expect(popup.getByText('DealLens is off on www.reuters.com')).toBeVisible();
  // Give the content script time it would have needed to annotate; nothing appears.
  await page.waitForTimeout(1500);
  await expect(badges(page)).toHaveCount(0);

  // And back on: the page is annotated again without a reload.
  await popup.getByRole('switch', { name: 'DealLens on www.reuters.com' }).check({ force: true });
  await expect(badges(page).first()).toBeAttached();
  await expect(popup.locator('.claim-list button.claim').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('"Check this page" annotates a page that is not on the news list', async ({ ext, server }) => {
  const { page, tabId } = await openArticle(ext, server, BLOG, false);
  await page.waitForTimeout(500);
  await expect(badges(page)).toHaveCount(0);
  // The reader clicks the toolbar button: that grants activeTab for this tab.
  await clickToolbarButton(ext, page);
  const { page: popup, errors } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  await expect(popup.getByText('DealLens has not checked this page.')).toBeVisible();
  await popup.getByRole('button', { name: 'Check this page' }).click();
  await expect(popup.locator('.claim-list button.claim').first()).toBeVisible();
  await expect(badges(page).first()).toBeAttached();
  const labels = await badgeLabels(page);
  await expect(popup.locator('.claim-list button.claim')).toHaveCount(labels.length);
  await expect(popup.getByRole('button', { name: 'Check this page' })).toHaveCount(0);
  // Its marks come styled (their rules are in the overlay's shadow root, not injected into the page).
  const marks = await drawnMarks(page);
  expect(marks.length).toBeGreaterThan(0);
  const UNDERLINE: Record<string, string> = {
    supported: 'solid',
    contradicted: 'wavy',
    disputed: 'dashed',
    unknown: 'dotted',
  };
  for (const m of marks) expect(m.underline, `${m.verdict} mark`).toBe(UNDERLINE[m.verdict]);
  expect(await ext.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(
    String(labels.filter((l) => /^(Contradicted|Sources disagree)/.test(l)).length || ''),
  );

  // A reload is a new page: nothing checked there until the reader asks again.
  await page.reload();
  await popup.reload();
  await expect(
    popup.getByText('DealLens has not checked this page.'),
    await popup.locator('body').innerText(),
  ).toBeVisible();
  await expect(badges(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the "Check this page" shortcut is declared', async ({ ext }) => {
  const commands = await ext.sw.evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'check-page')).toMatchObject({
    description: 'Check this page',
    shortcut: 'Alt+Shift+D',
  });
});

test('"Check this page" without access says what to do', async ({ ext, server }) => {
  const { tabId } = await openArticle(ext, server, BLOG, false);
  const { page: popup, errors } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  await popup.getByRole('button', { name: 'Check this page' }).click();
  await expect(popup.getByRole('alert')).toContainText('Click the DealLens button in the toolbar');
  expect(errors).toEqual([]);
});

test('side panel: claims grouped by deal with related facts, sources and disagreements; follows the active tab', async ({
  ext,
  server,
}) => {
  const { page, tabId } = await openArticle(ext, server, REUTERS);
  const { page: panel, errors } = await openExtensionPage(ext, 'sidepanel.html', undefined, SIDEPANEL_SIZE);
  // Not pinned: it shows the tab the reader looked at last, which is the article.
  await expect(panel.locator('.page-title')).toHaveText(await page.title());
  const groups = panel.locator('section.claim-group');
  await expect(groups.first()).toBeVisible();
  const labels = await badgeLabels(page);
  await expect(panel.locator('section.claim-group .claim-list button.claim')).toHaveCount(labels.length);
  // At least one group is a deal of the fact base, with facts quoting sources with outlet and date.
  const deal = panel.locator('section.claim-group[data-group^="topic:"]').first();
  await expect(deal).toBeVisible();
  await expect(deal.locator('.fact .sources li').first()).toContainText(/“.+”/);
  await expect(deal.locator('.fact .source-meta').first()).toHaveText(/.+, .+/);
  // Points where the sources disagree are listed with each version.
  const disputes = panel.getByRole('list', { name: /^Where the sources disagree/ }).first();
  await expect(disputes.locator('.fact').first()).toBeVisible();
  expect(await disputes.locator('.fact').first().locator('.version').count()).toBeGreaterThan(1);
  await panel.screenshot({ path: screenshotPath('sidepanel.png'), fullPage: true });

  // Another tab becomes active: the panel follows it, and updates when that page's claims arrive.
  const other = await ext.context.newPage();
  await other.goto(server.url('techcrunch.com', '/techcrunch-openai-read-more.html'));
  await other.bringToFront();
  await expect(panel.locator('.page-title')).toHaveText(await other.title());
  await expect(badges(other).first()).toBeAttached();
  await expect(panel.locator('section.claim-group .claim-list button.claim')).toHaveCount(
    (await badgeLabels(other)).length,
  );
  // A page DealLens has no access to yet.
  const blog = await ext.context.newPage();
  await blog.goto(server.url(...BLOG));
  await blog.bringToFront();
  await expect(panel.getByText('DealLens has not checked this page.')).toBeVisible();
  await page.bringToFront();
  await expect(panel.locator('.page-title')).toHaveText(await page.title());
  expect(tabId).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('options: site list, "Not in fact base" badges and theme persist and apply', async ({ ext, server }) => {
  const { page: options, errors } = await openExtensionPage(ext, 'options.html');
  const news = options.getByRole('list', { name: 'News sites' });
  await expect(news.getByRole('checkbox', { name: 'DealLens on Reuters (reuters.com)' })).toBeChecked();
  await expect(news.getByRole('checkbox', { name: /TechCrunch/ })).toBeChecked();
  await news.getByRole('checkbox', { name: /CNBC/ }).uncheck();
  await options.getByRole('checkbox', { name: 'Show “Not in fact base” badges' }).uncheck();
  await options.getByRole('radio', { name: 'Dark' }).check();
  await expect(options.locator(':root')).toHaveAttribute('data-theme', 'dark');

  // A typo gets a message and changes nothing.
  await options.getByRole('textbox', { name: 'Site to add' }).fill('not a site');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('alert')).toContainText('is not a site address');
  await options.getByRole('textbox', { name: 'Site to add' }).fill('https://www.reuters.com/x');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('alert')).toContainText('reuters.com is already on the news list');

  // A real site asks the browser for access (the prompt is browser UI, which a headless test cannot answer).
  await options.getByRole('textbox', { name: 'Site to add' }).fill('www.example-blog.test');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('status')).toHaveText(
    'Waiting for your browser: allow DealLens to read example-blog.test?',
  );

  await options.reload();
  await expect(options.getByRole('list', { name: 'Your sites' })).toHaveCount(0);
  await expect(options.getByRole('checkbox', { name: /CNBC/ })).not.toBeChecked();
  await expect(options.getByRole('checkbox', { name: 'Show “Not in fact base” badges' })).not.toBeChecked();
  await expect(options.getByRole('radio', { name: 'Dark' })).toBeChecked();

  // The page follows: no "Not in fact base" badges, and the popup lists none, in the dark theme.
  const { page, tabId } = await openArticle(ext, server, REUTERS);
  expect((await badgeLabels(page)).filter((l) => l.startsWith('Not in fact base'))).toEqual([]);
  const { page: popup, errors: popupErrors } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  await expect(popup.locator(':root')).toHaveAttribute('data-theme', 'dark');
  await expect(popup.locator('.claim-list button.claim').first()).toBeVisible();
  await expect(popup.locator('.claim-list li[data-verdict="unknown"]')).toHaveCount(0);
  await expect(popup.locator('.verdict-count[data-verdict="unknown"]')).toHaveCount(1);
  await popup.screenshot({ path: screenshotPath('popup-dark.png') });
  // CNBC is off: its page stays unannotated.
  const cnbc = await ext.context.newPage();
  await cnbc.goto(server.url('www.cnbc.com', '/cnbc-openai-funding-conflict.html'));
  await cnbc.waitForTimeout(1500);
  await expect(badges(cnbc)).toHaveCount(0);
  expect([...errors, ...popupErrors]).toEqual([]);
});
