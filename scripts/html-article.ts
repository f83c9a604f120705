/**
 * The article text of an HTML file, found by the content script's own extraction (lib/dom) over a DOM that
 * happy-dom builds in Node. Offsets of claims in an .html file are offsets into this text.
 */
import { Window } from 'happy-dom';
import { findArticleText } from '../lib/dom/article';
import { readArticle } from '../lib/dom/article-reader';
import { buildTextMap } from '../lib/dom/text-map';
import { articleDate } from '../lib/dom/article-date';

export function htmlArticle(html: string): { text: string; date?: string } {
  // No scripts, no fetches: the file is data.
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const g = globalThis as Record<string, unknown>;
  // lib/dom reads Node and NodeFilter constants as globals, as it does in the page.
  for (const name of ['Node', 'NodeFilter'] as const)
    if (g[name] === undefined) g[name] = (window as unknown as Record<string, unknown>)[name];
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  try {
    const article = findArticleText(document, readArticle);
    if (!article) return { text: '' };
    return { text: buildTextMap(article.chunks).text, date: articleDate(document, article.root) };
  } finally {
    void window.happyDOM.close();
  }
}
