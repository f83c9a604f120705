/**
 * Which tab the popup or side panel is about. `?tab=ID` pins one (tests open these pages as tabs, and a pinned view
 * must not jump); otherwise the active tab of this window, skipping the extension's own pages.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';

export function pinnedTabId(search = location.search): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
}

function isOwnPage(tab: Browser.tabs.Tab): boolean {
  return (tab.url ?? tab.pendingUrl ?? '').startsWith(browser.runtime.getURL('/'));
}

async function findTargetTab(): Promise<number | undefined> {
  const pinned = pinnedTabId();
  if (pinned !== undefined) return pinned;
  // Opened as a tab (not as a popup or panel), this page is a tab itself and never its own target.
  const self = (await browser.tabs.getCurrent())?.id;
  const eligible = (t: Browser.tabs.Tab) => t.id !== undefined && t.id !== self && !isOwnPage(t);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active && eligible(active)) return active.id;
  // The page the reader looked at last.
  const tabs = (await browser.tabs.query({})).filter(eligible);
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return tabs[0]?.id;
}

/** The target tab id; with `follow`, it changes as the reader switches tabs in this window. */
export function useTargetTab(follow: boolean): { tabId: number | undefined; resolved: boolean } {
  const [state, setState] = useState<{ tabId: number | undefined; resolved: boolean }>({
    tabId: undefined,
    resolved: false,
  });
  useEffect(() => {
    let live = true;
    const refresh = () => void findTargetTab().then((tabId) => live && setState({ tabId, resolved: true }));
    refresh();
    if (!follow || pinnedTabId() !== undefined)
      return () => {
        live = false;
      };
    const onActivated = () => refresh();
    const onRemoved = () => refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [follow]);
  return state;
}
