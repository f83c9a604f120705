/**
 * The extension pages under accessibility rules (axe) in both themes, and a client-side navigation: the popup keeps
 * following the page's report rather than going blank.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, POPUP_SIZE, SIDEPANEL_SIZE, tabIdOf, test } from './pages-helpers';

/** Code passed to evaluate() runs in the extension, where `chrome` exists. */
declare const chrome: typeof import('wxt/browser').browser;

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('popup, side panel and options pass axe in the light and dark themes', async ({ ext, server }) => {
  // Six full axe runs, one of them over a long side panel: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const article = await ext.context.newPage();
  await article.goto(server.url('www.reuters.com', '/reuters-amazon-openai-talks.html'));
  await expect(article.locator('deallens-overlay button.dl-badge').first()).toBeAttached();
  const tabId = await tabIdOf(ext, article);
  const { page: options, errors } = await openExtensionPage(ext, 'options.html');
  const { page: popup, errors: popupErrors } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  const { page: panel, errors: panelErrors } = await openExtensionPage(ext, 'sidepanel.html', tabId, SIDEPANEL_SIZE);
  await expect(popup.locator('.claim-list button.claim').first()).toBeVisible();
  await expect(panel.locator('section.claim-group').first()).toBeVisible();
  for (const theme of ['Light', 'Dark'] as const) {
    await options.getByRole('radio', { name: theme }).check();
    for (const page of [options, popup, panel]) {
      await expect(page.locator(':root')).toHaveAttribute('data-theme', theme.toLowerCase());
      expect(await axe(page), `${theme} ${page.url()}`).toEqual([]);
    }
  }
  expect([...errors, ...popupErrors, ...panelErrors]).toEqual([]);
});

test('client-side navigation: the popup shows the claims the page reports for its new address', async ({
  ext,
  server,
}) => {
  const article = await ext.context.newPage();
  await article.goto(server.url('www.reuters.com', '/reuters-amazon-openai-talks.html'));
  await expect(article.locator('deallens-overlay button.dl-badge').first()).toBeAttached();
  const tabId = await tabIdOf(ext, article);
  const count = await article.locator('deallens-overlay button.dl-badge').count();
  await article.evaluate(() => history.pushState({}, '', '/technology/amazon-openai-talks-follow-up'));
  const { page: popup, errors } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  await expect(popup.locator('.claim-list button.claim')).toHaveCount(count);
  const state = await popup.evaluate(
    (id) =>
      new Promise((ok) =>
        chrome.runtime.sendMessage(
          { id: 9, type: 'pageGetTabState', data: { tabId: id }, timestamp: Date.now() },
          (res: { res: { url: string } }) => ok(res.res.url),
        ),
      ),
    tabId,
  );
  expect(state).toBe(server.url('www.reuters.com', '/technology/amazon-openai-talks-follow-up'));

  // Jumping to an anchor is the same page; a reload is a new document that reports again.
  await article.evaluate(() => {
    location.hash = 'comments';
  });
  await article.waitForTimeout(1000);
  await expect(popup.locator('.claim-list button.claim')).toHaveCount(count);
  await article.goto(server.url('www.reuters.com', '/reuters-amazon-openai-talks.html'));
  await article.reload();
  await expect(article.locator('deallens-overlay button.dl-badge').first()).toBeAttached();
  await expect(popup.locator('.claim-list button.claim')).toHaveCount(count);
  expect(errors).toEqual([]);
});
