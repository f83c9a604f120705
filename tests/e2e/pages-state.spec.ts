/**
 * The popup and side panel against a known tab state: a report sent from the tab's isolated world exactly as the
 * content script sends it, so these checks do not depend on what the engine finds in a page.
 */
import type { Page } from '@playwright/test';
import {
  clickToolbarButton,
  stopServiceWorker,
  expect,
  openExtensionPage,
  POPUP_SIZE,
  tabIdOf,
  test,
} from './pages-helpers';

/** Code passed to evaluate() runs in the extension, where `chrome` exists. */
declare const chrome: typeof import('wxt/browser').browser;

const CLAIMS = [
  {
    index: 0,
    text: 'invest up to $50 billion in OpenAI',
    relation: 'investment',
    verdict: 'supported',
    facts: [],
    why: '5 sources say up to $50 billion.',
  },
  {
    index: 1,
    text: 'value OpenAI at more than $900 billion',
    relation: 'valuation',
    verdict: 'contradicted',
    facts: [],
    why: 'Sources say $830 billion.',
  },
  {
    index: 2,
    text: 'in advanced talks',
    relation: 'talks-stage',
    verdict: 'disputed',
    facts: [],
    why: 'Sources disagree on the stage.',
  },
  { index: 3, text: '16,000 jobs', relation: 'layoffs', verdict: 'unknown', facts: [], why: 'No fact on this.' },
].map((c) => ({ ...c, prefix: '', suffix: '' }));

type Ext = Parameters<Parameters<typeof test>[2]>[0]['ext'];

/** Sends `contentReportedClaims` from the tab's isolated world (where content scripts run). */
async function reportFromTab(ext: Ext, tabId: number, report: unknown) {
  return ext.sw.evaluate(
    async ({ tabId, report }) => {
      const [r] = await chrome.scripting.executeScript({
        target: { tabId },
        args: [report],
        func: (data: unknown) =>
          new Promise((ok) =>
            chrome.runtime.sendMessage(
              { id: 1, type: 'contentReportedClaims', data, timestamp: Date.now() },
              (res: unknown) => ok(res ?? String(chrome.runtime.lastError?.message)),
            ),
          ),
      });
      return r?.result;
    },
    { tabId, report },
  );
}

async function article(
  ext: Ext,
  server: { url(h: string, p: string): string },
): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(server.url('www.example-blog.test', '/blog-amazon-openai.html'));
  await clickToolbarButton(ext, page); // activeTab: lets the test script act as the content script there
  return { page, tabId: await tabIdOf(ext, page) };
}

test('popup shows counts and claims of the reported state, and they survive a service-worker restart', async ({
  ext,
  server,
}) => {
  const { page: tab, tabId } = await article(ext, server);
  const res = await reportFromTab(ext, tabId, { url: tab.url(), title: 'Blog', claims: CLAIMS });
  expect(res).toEqual({ res: undefined });

  const { page: popup, errors } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  const counts = popup.getByRole('list', { name: 'Claims per verdict' });
  await expect(counts.locator('[data-verdict="supported"] .count')).toHaveText('1');
  await expect(counts.locator('[data-verdict="contradicted"] .count')).toHaveText('1');
  await expect(counts.locator('[data-verdict="disputed"] .count')).toHaveText('1');
  await expect(counts.locator('[data-verdict="unknown"] .count')).toHaveText('1');
  await expect(popup.locator('.claim-list button')).toHaveText([
    /Supported.*invest up to \$50 billion/,
    /Contradicted.*more than \$900 billion/,
    /Sources disagree.*advanced talks/,
    /Not in fact base.*16,000 jobs/,
  ]);
  await expect(
    popup.getByRole('button', { name: 'Contradicted: value OpenAI at more than $900 billion' }),
  ).toBeVisible();
  // Toolbar badge: contradicted + disputed.
  expect(await ext.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('2');

  // Stop the service worker: its memory is gone, storage.session is not.
  await stopServiceWorker(popup);
  await popup.reload();
  await expect(popup.locator('.claim-list button')).toHaveCount(4);
  await popup.screenshot({ path: '/tmp/exp/popup-state.png' });
  expect(errors).toEqual([]);
});

test('background refuses content messages from extension pages and page messages from content scripts', async ({
  ext,
  server,
}) => {
  const { tabId } = await article(ext, server);
  const { page: popup } = await openExtensionPage(ext, 'popup.html', tabId, POPUP_SIZE);
  const fromPage = await popup.evaluate(
    (data) =>
      new Promise((ok) =>
        chrome.runtime.sendMessage(
          { id: 2, type: 'contentReportedClaims', data, timestamp: Date.now() },
          (res: unknown) => ok(res),
        ),
      ),
    { url: 'x', title: 'x', claims: [] },
  );
  expect(JSON.stringify(fromPage)).toContain('only from a tab');
  const fromContent = await ext.sw.evaluate(async (tabId) => {
    const [r] = await chrome.scripting.executeScript({
      target: { tabId },
      args: [tabId],
      func: (id: number) =>
        new Promise((ok) =>
          chrome.runtime.sendMessage(
            { id: 3, type: 'pageGetTabState', data: { tabId: id }, timestamp: Date.now() },
            (res: unknown) => ok(res),
          ),
        ),
    });
    return r?.result;
  }, tabId);
  expect(JSON.stringify(fromContent)).toContain('only from the extension');
  const malformed = await ext.sw.evaluate(async (tabId) => {
    const [r] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () =>
        new Promise((ok) =>
          chrome.runtime.sendMessage(
            { id: 4, type: 'contentReportedClaims', data: { url: 1, claims: 'no' }, timestamp: Date.now() },
            (res: unknown) => ok(res),
          ),
        ),
    });
    return r?.result;
  }, tabId);
  expect(JSON.stringify(malformed)).toContain('err');
});

test('side panel groups claims with no fact by kind and follows the reported state', async ({ ext, server }) => {
  const { page: tab, tabId } = await article(ext, server);
  await reportFromTab(ext, tabId, { url: tab.url(), title: 'Blog', claims: CLAIMS.slice(0, 2) });
  const { page: panel, errors } = await openExtensionPage(ext, 'sidepanel.html', tabId, { width: 400, height: 900 });
  await expect(panel.locator('.claim-group h2')).toHaveText(['Investments', 'Valuations']);
  // A new report updates the open panel.
  await reportFromTab(ext, tabId, { url: tab.url(), title: 'Blog', claims: CLAIMS });
  await expect(panel.locator('.claim-group h2')).toHaveText(['Investments', 'Valuations', 'Stage of talks', 'Layoffs']);
  expect(errors).toEqual([]);
});
