/**
 * The content script: declared for the default news sites at document_idle, registered by the background for sites
 * the reader added, and injected by the background (chrome.scripting.executeScript with files:
 * ['content-scripts/content.js']) for "Check this page". Whichever way it arrives, one instance runs per page. It
 * brings no stylesheet into the page's document: everything it draws is styled inside its own shadow root.
 */
import './timing';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { NEWS_SITE_MATCHES } from '@/lib/sites';
import { CONTENT_SCRIPT_FLAG } from '@/lib/protocol';
import { yieldToPage } from '@/lib/dom/pace';
import { InPage } from './in-page';

const INSTANCE = '__deallensInPage';
type Scope = Record<string, unknown>;

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const scope = globalThis as unknown as Scope;
    // Injected again into a page where an instance runs: the newest replaces it, so there is never a second set
    // of badges or listeners. (WXT also invalidates the older context, which ends up here too.)
    (scope[INSTANCE] as InPage | undefined)?.destroy();
    const inPage = new InPage();
    scope[INSTANCE] = inPage;
    scope[CONTENT_SCRIPT_FLAG] = true;
    ctx.onInvalidated(() => {
      inPage.destroy();
      if (scope[INSTANCE] === inPage) {
        delete scope[INSTANCE];
        delete scope[CONTENT_SCRIPT_FLAG];
      }
    });
    // Evaluating the script is a task of its own; the work starts in the next one.
    yieldToPage()
      .then(() => inPage.start())
      .catch((err: unknown) => console.error('DealLens could not start on this page', err));
  },
});
