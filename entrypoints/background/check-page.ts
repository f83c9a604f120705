/**
 * "Check this page": runs DealLens on a page that is not on the news list, through activeTab (granted when the reader
 * clicks the toolbar button or presses the shortcut) and chrome.scripting.
 */
import { browser, type Browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FLAG, tabIdSchema, type TabState } from '@/lib/messages';
import { onMessage } from '@/adapters/messaging';
import { getTabState, publish, store, toolbar } from './tab-state';
import { fromExtensionPage } from './senders';

/** The content script's bundle in the build output (WXT names it after entrypoints/content/). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const CHECK_PAGE_COMMAND = 'check-page';
/** How long "Check this page" waits for the content script's report before answering with what there is. */
const REPORT_WAIT_MS = 10_000;

const NO_ACCESS =
  'DealLens cannot read this page yet. Click the DealLens button in the toolbar (or press the ' +
  '"Check this page" shortcut) while the page is open, then try again.';

async function alreadyRunning(tabId: number): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
    args: [CONTENT_SCRIPT_FLAG],
  });
  return result?.result === true;
}

export async function checkTab(tabId: number): Promise<TabState> {
  await store.ready;
  const before = await getTabState(tabId);
  // Without activeTab or a host permission the tab's address is hidden from the extension.
  if (!before.url) throw new Error(NO_ACCESS);
  if (!/^https?:/.test(before.url))
    throw new Error('DealLens checks web pages only (addresses starting with http or https).');
  if (before.status === 'disabled') return before;
  if (before.status === 'annotated') return before;

  let running: boolean;
  try {
    running = await alreadyRunning(tabId);
  } catch {
    throw new Error(NO_ACCESS);
  }
  const report = store.nextReport(tabId, REPORT_WAIT_MS);
  if (!running) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [CONTENT_SCRIPT_FILE] as never[],
    });
  }
  await report;
  await publish(tabId);
  return getTabState(tabId);
}

export function registerCheckPage() {
  onMessage('pageCheckTab', async (msg) => {
    fromExtensionPage(msg.sender);
    return checkTab(tabIdSchema.parse(msg.data).tabId);
  });

  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== CHECK_PAGE_COMMAND || tab?.id === undefined) return;
    const tabId = tab.id;
    checkTab(tabId).catch(async (err: unknown) => {
      // No page to show an error in: the toolbar button's tooltip says what went wrong.
      await toolbar.setTitle({ tabId, title: `DealLens: ${err instanceof Error ? err.message : String(err)}` });
    });
  });
}
