/**
 * Announcements to extension pages (backgroundTabStateChanged, backgroundNotesChanged) must come from the extension's
 * own service worker or pages. A content script's messages reach extension pages too, and a compromised page
 * renderer can forge those: they are ignored.
 */
import { browser, type Browser } from 'wxt/browser';

export function fromExtension(sender: Browser.runtime.MessageSender | undefined): boolean {
  return (
    !!sender && sender.id === browser.runtime.id && !sender.tab && !!sender.url?.startsWith(browser.runtime.getURL('/'))
  );
}
