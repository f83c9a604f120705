/**
 * Who may send what: content-script messages must come from a tab's top frame of this extension; page messages from
 * this extension's own pages (popup, side panel, options — also when opened as a tab). Anything else is refused.
 */
import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

export function fromContentScript(sender: Sender): number {
  const tabId = sender.tab?.id;
  // An extension page opened as a tab also has a tab: it must not pose as a page's content script.
  const ownPage = sender.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  if (sender.id !== browser.runtime.id || tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0 || ownPage) {
    throw new Error("DealLens: content messages are accepted only from a tab's top frame");
  }
  return tabId;
}

export function fromExtensionPage(sender: Sender): void {
  const origin = browser.runtime.getURL('/');
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(origin)) {
    throw new Error("DealLens: page messages are accepted only from the extension's own pages");
  }
}
