/**
 * Per-tab state: receives the content script's reports, answers the extension pages, keeps the toolbar badge, and
 * forgets a tab's claims when it loads another page or closes.
 */
import { browser, type Browser } from 'wxt/browser';
import { pageReportSchema, tabClaimSchema, tabIdSchema, type TabState } from '@/lib/messages';
import { onMessage, sendMessage } from '@/adapters/messaging';
import { isSiteEnabledIn } from '@/lib/settings';
import { getSettings, onSettingsChanged } from '@/adapters/settings-storage';
import { TabStore, flaggedCount, pageKey, toTabState, type TabRecord } from './tab-store';
import { fromContentScript, fromExtensionPage } from './senders';

export const store = new TabStore(browser.storage.session);

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export const toolbar = browser.action ?? browser.browserAction;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export async function getTabState(tabId: number): Promise<TabState> {
  await store.ready;
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? tab.pendingUrl ?? '';
  const settings = await getSettings();
  return toTabState(
    { id: tabId, url, title: tab.title ?? '' },
    store.get(tabId),
    isSiteEnabledIn(settings, hostOf(url)),
  );
}

async function showBadge(state: TabState) {
  const n = flaggedCount(state.claims);
  const text = n > 0 ? String(n) : '';
  await toolbar.setBadgeText({ tabId: state.tabId, text });
  if (n > 0) await toolbar.setBadgeBackgroundColor({ tabId: state.tabId, color: '#b3261e' });
  const title =
    state.status === 'annotated'
      ? `DealLens: ${state.claims.length} claims, ${n} contradicted or disputed`
      : 'DealLens';
  await toolbar.setTitle({ tabId: state.tabId, title });
}

/** Tells the toolbar and any open popup or side panel that a tab's state changed. */
export async function publish(tabId: number) {
  let state: TabState;
  try {
    state = await getTabState(tabId);
  } catch {
    return; // the tab is gone
  }
  await showBadge(state).catch(() => undefined);
  // No extension page open means no receiver; that is not an error.
  await sendMessage('backgroundTabStateChanged', state).catch(() => undefined);
}

/** The document now in the tab's top frame; undefined when DealLens cannot see the page (no access). */
async function currentDocumentId(tabId: number): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => true });
    return result?.documentId;
  } catch {
    return undefined;
  }
}

/**
 * Whether a tab update leaves the record behind. Another address (client-side navigation included): yes, and the
 * content script reports the new one. A reload keeps the address: once the tab finished loading, the record holds
 * only if the document that reported is still the one in the tab (a late report from the page being replaced
 * must not survive it). Without document ids (Firefox), a load that keeps the address clears it.
 */
async function staleAfter(tabId: number, rec: TabRecord, change: Browser.tabs.OnUpdatedInfo): Promise<boolean> {
  if (change.url !== undefined && pageKey(change.url) !== pageKey(rec.url)) return true;
  if (!rec.documentId) return change.status === 'loading' && change.url === undefined;
  if (change.status !== 'complete') return false;
  return (await currentDocumentId(tabId)) !== rec.documentId;
}

export function registerTabState() {
  onMessage('contentReportedClaims', async (msg) => {
    const tabId = fromContentScript(msg.sender);
    const report = pageReportSchema.parse(msg.data);
    await store.ready;
    await store.report(tabId, report, Date.now(), msg.sender.documentId);
    await publish(tabId);
  });

  onMessage('pageGetTabState', async (msg) => {
    fromExtensionPage(msg.sender);
    return getTabState(tabIdSchema.parse(msg.data).tabId);
  });

  onMessage('pageFocusClaim', async (msg) => {
    fromExtensionPage(msg.sender);
    const { tabId, index } = tabClaimSchema.parse(msg.data);
    // Only a page that reported has a content script to answer (a message to none logs an unchecked error).
    const state = await getTabState(tabId);
    if (state.status !== 'annotated' || !state.claims.some((c) => c.index === index)) return false;
    const focused = await sendMessage('backgroundFocusClaim', { index }, { tabId, frameId: 0 }).catch(() => false);
    if (focused) {
      // A popup opened as a tab (or a side panel in another window) leaves the article behind: bring it forward.
      const tab = await browser.tabs.update(tabId, { active: true });
      if (tab?.windowId !== undefined)
        await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    }
    return focused === true;
  });

  browser.tabs.onUpdated.addListener((tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    void (async () => {
      await store.ready;
      const rec = store.get(tabId);
      // Cleared only if no newer report replaced the record while we looked at the tab.
      if (rec && (await staleAfter(tabId, rec, change)) && store.get(tabId) === rec) await store.clear(tabId);
      if (change.status !== undefined || change.url !== undefined || change.title !== undefined) await publish(tabId);
    })();
  });

  browser.tabs.onRemoved.addListener((tabId: number) => {
    void store.clear(tabId);
  });

  // A site switched off or on changes the state of every tab showing it.
  onSettingsChanged(() => {
    void (async () => {
      await store.ready;
      const tabs = await browser.tabs.query({});
      await Promise.all(tabs.filter((t) => t.id !== undefined).map((t) => publish(t.id!)));
    })();
  });

  // Tabs that closed while the worker was stopped leave records behind.
  void (async () => {
    await store.ready;
    const open = new Set((await browser.tabs.query({})).map((t) => t.id));
    await Promise.all(
      store
        .tabIds()
        .filter((id) => !open.has(id))
        .map((id) => store.clear(id)),
    );
  })();
}
