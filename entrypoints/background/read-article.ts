/**
 * Readability for the content script: it sends the page's markup with its Text nodes numbered
 * (lib/dom/article-markup.ts) and gets back the numbers of the nodes Readability keeps as the article. Run here, the
 * scoring of a long page is not a long task in the page, and the injected script does not carry Readability.
 * Stateless, like the analysis: the answer depends only on the markup.
 */
import { readArticle } from '@/lib/dom/article-reader';
import { readArticleSchema } from '@/lib/messages';
import { onMessage } from '@/adapters/messaging';
import { fromContentScript } from './senders';
import { work } from './work-queue';

export function registerReadArticle() {
  onMessage('contentReadArticle', (msg) => {
    const tabId = fromContentScript(msg.sender);
    return work.run(tabId, () => readArticle(readArticleSchema.parse(msg.data).html));
  });
}
