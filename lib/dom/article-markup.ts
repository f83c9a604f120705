/**
 * The page as markup for Readability, which runs away from the page (lib/dom/article-reader.ts, in the background):
 * elements with the attributes Readability looks at, and the page's Text nodes in document order. The n-th Text node
 * of the markup is `nodes[n]`, so what Readability keeps maps back to the page's own nodes without touching the page.
 * Adjacent Text nodes are kept apart by an empty comment (a parser would otherwise merge them), and subtrees that
 * hold no article text (scripts, styles, embedded documents, DealLens's own overlay) are left out.
 */
import type { Steps } from './pace';

export interface ArticleMarkup {
  html: string;
  nodes: Text[];
}

/** Pages with more elements than this are not sent (Readability's cost grows with the DOM): the fallback is used. */
export const MARKUP_MAX_ELEMENTS = 30_000;
/**
 * Nor are pages nested deeper than this: Readability's scoring walks up each paragraph's ancestors, so its cost grows
 * with depth (3,500 nested divs took it ~7 s, 1,000 ~5 s, 200 ~0.1 s). News pages nest a few dozen levels; the fallback
 * handles the rest.
 */
export const MARKUP_MAX_DEPTH = 200;

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'svg',
  'math',
  'canvas',
  'object',
  'embed',
  'link',
  'deallens-overlay',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'hr', 'img', 'input', 'meta', 'source', 'track', 'wbr']);
/** What Readability reads: class, id, role and visibility for scoring, links for link density, meta for the title. */
const ATTRS = [
  'id',
  'class',
  'style',
  'hidden',
  'aria-hidden',
  'aria-modal',
  'role',
  'href',
  'itemprop',
  'rel',
  'name',
  'property',
  'content',
  'dir',
  'lang',
  'type',
  'colspan',
  'rowspan',
  'datatable',
  'summary',
];
const SAFE_NAME = /^[a-z][a-z0-9-]*$/;

const escapeText = (s: string) =>
  /[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Yields after each element; returns null for a page over MARKUP_MAX_ELEMENTS or MARKUP_MAX_DEPTH. */
export function* articleMarkupSteps(doc: Document): Steps<ArticleMarkup | null> {
  const out: string[] = [];
  const nodes: Text[] = [];
  let elements = 0;
  let depth = 0;
  let afterText = false;
  // Explicit stack (a hostile page can nest deeper than the call stack): an element to open, or a tag to close.
  const stack: (Node | string)[] = [doc.documentElement];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      depth--;
      afterText = false;
      continue;
    }
    if (item.nodeType === Node.TEXT_NODE) {
      const data = (item as Text).data;
      if (!data) continue;
      if (afterText) out.push('<!---->');
      out.push(escapeText(data));
      nodes.push(item as Text);
      afterText = true;
      continue;
    }
    if (item.nodeType !== Node.ELEMENT_NODE) continue;
    const el = item as Element;
    const local = el.localName.toLowerCase();
    if (SKIP.has(local)) continue;
    if (++elements > MARKUP_MAX_ELEMENTS) return null;
    // Names are the page's: one a parser could misread becomes a neutral element.
    const name = SAFE_NAME.test(local) ? local : 'span';
    let open = `<${name}`;
    for (const a of ATTRS) {
      const v = el.getAttribute(a);
      if (v !== null) open += ` ${a}="${escapeAttr(v)}"`;
    }
    afterText = false;
    if (VOID.has(name)) {
      out.push(`${open}/>`);
    } else {
      if (++depth > MARKUP_MAX_DEPTH) return null;
      out.push(`${open}>`);
      stack.push(`</${name}>`);
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    yield;
  }
  return { html: out.join(''), nodes };
}
