/**
 * The article text of an HTML file, found by the content script's own extraction (lib/dom) over a DOM that linkedom
 * builds in Node. Offsets of claims in an .html file are offsets into this text.
 */
import { parseHTML } from 'linkedom';
import { findArticleText } from '../lib/dom/article';
import { buildTextMap } from '../lib/dom/text-map';
import { articleDate } from '../lib/dom/article-date';

export function htmlArticle(html: string): { text: string; date?: string } {
  const { document, window } = parseHTML(html);
  const g = globalThis as Record<string, unknown>;
  // lib/dom reads Node and NodeFilter constants as globals, as it does in the page.
  for (const name of ['Node', 'NodeFilter'] as const) if (g[name] === undefined) g[name] = (window as unknown as Record<string, unknown>)[name];
  const article = findArticleText(document as unknown as Document);
  if (!article) return { text: '' };
  return { text: buildTextMap(article.chunks).text, date: articleDate(document as unknown as Document, article.root) };
}
