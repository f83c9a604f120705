/**
 * The sign that a check finished: the content script's report, as the background keeps it for the popup
 * (storage.session). A test that asserts an absence ("no Contradicted badge") waits for this first, so it cannot
 * pass merely because the content script never ran or had not finished yet.
 */
import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';

export interface ReportedClaim {
  text: string;
  verdict: string;
}

/** The background's record of the page's last report (tab id, whether the page kept removing the overlay). */
export async function reportRecord(
  context: BrowserContext,
  page: Page,
): Promise<{ tabId: number; displaced?: boolean } | undefined> {
  const key = page.url().split('#')[0]!;
  return worker(context).evaluate(async (key) => {
    const chrome = (globalThis as unknown as { chrome: any }).chrome;
    const all: Record<string, { url: string; tabId: number; displaced?: boolean }> =
      await chrome.storage.session.get(null);
    const rec = Object.values(all).find((r) => r && typeof r === 'object' && String(r.url).split('#')[0] === key);
    return rec ? { tabId: rec.tabId, displaced: rec.displaced } : undefined;
  }, key);
}

/** The worker may have been restarted since launch: ask whichever one runs now. */
function worker(context: BrowserContext): Worker {
  const sw = context.serviceWorkers()[0];
  if (!sw) throw new Error('no DealLens service worker');
  return sw;
}

/**
 * Waits until the page's content script reported a check of the page's current address made at or after `since`
 * (ms since epoch), and returns the reported claims.
 */
export async function waitForReport(context: BrowserContext, page: Page, since = 0): Promise<ReportedClaim[]> {
  const key = page.url().split('#')[0]!;
  let claims: ReportedClaim[] | undefined;
  await expect
    .poll(
      async () => {
        claims = await worker(context).evaluate(
          async ({ key, since }) => {
            const chrome = (globalThis as unknown as { chrome: any }).chrome;
            const all: Record<string, { url: string; reportedAt: number; claims: ReportedClaim[] }> =
              await chrome.storage.session.get(null);
            const rec = Object.values(all).find(
              (r) => r && typeof r === 'object' && String(r.url).split('#')[0] === key && r.reportedAt >= since,
            );
            return rec?.claims.map((c) => ({ text: c.text, verdict: c.verdict }));
          },
          { key, since },
        );
        return claims !== undefined;
      },
      { message: `a DealLens report for ${key}` },
    )
    .toBe(true);
  return claims!;
}
