/**
 * Finding the article in a live document and listing its text nodes in reading order, grouped in blocks.
 *
 * Readability decides what the article is, but not in the page: the page is written out as markup with its Text
 * nodes numbered (./article-markup), Readability reads that markup elsewhere (./article-reader, in the background
 * for the extension) and answers with the numbers of the Text nodes it keeps, which are the page's own nodes. The
 * page is never touched or cloned. When Readability finds nothing usable, the <article>/<main> element stands in
 * for it. Either way, navigation, asides, comments, rails and ads are dropped by the rules in ./exclude.
 *
 * The work in the page is written as steps (./pace) so that the content script can run it in slices between which
 * the page gets its main thread back; findArticleText runs the same steps in one go.
 */
import { isEditable, isInBoilerplate } from './exclude';
import { articleMarkupSteps, type ArticleMarkup } from './article-markup';
import { runSync, type Steps } from './pace';
import type { TextChunk } from './text-map';
import { lowerBound } from '../lower-bound';

export interface ArticleText {
  /** The element holding all of the article's text (the lowest common ancestor). */
  root: Element;
  chunks: TextChunk<Text>[];
  method: 'readability' | 'fallback';
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function* commonAncestorSteps(nodes: Node[], fallback: Element): Steps<Element> {
  if (nodes.length === 0) return fallback;
  let anc: Element | null = nodes[0]!.parentElement;
  for (const n of nodes) {
    while (anc && !anc.contains(n)) anc = anc.parentElement;
    if (!anc) return fallback;
    yield;
  }
  return anc ?? fallback;
}

const commonAncestor = (nodes: Node[], fallback: Element) => runSync(commonAncestorSteps(nodes, fallback));

function fallbackRoot(doc: Document): Element {
  return (
    doc.querySelector('[itemprop="articleBody"]') ??
    doc.querySelector('article') ??
    doc.querySelector('main, [role="main"]') ??
    doc.body ??
    doc.documentElement
  );
}

/** The headline: Readability drops the <h1> that repeats the title, but its claims are the article's too. */
function headline(doc: Document, contentRoot: Element, kept: Set<Text>, memo: Map<Element, boolean>): Text[] {
  const h1 = doc.querySelector('article h1, main h1, h1');
  if (!h1) return [];
  const nodes = textNodes(h1).filter((n) => !kept.has(n));
  if (nodes.length === 0) return [];
  const scope = commonAncestor([h1, contentRoot], doc.documentElement);
  return isInBoilerplate(nodes[0]!, scope, memo) ? [] : nodes;
}

function nearestBlock(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

/** Whether a <br> lies between two text nodes (document order, a before b). */
function brBetween(a: Text, b: Text, root: Element): boolean {
  const walker = a.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = a;
  for (let n = walker.nextNode(); n && n !== b; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).tagName.toUpperCase() === 'BR') return true;
  }
  return false;
}

/** Groups Text nodes into blocks: a new block at each change of block-level ancestor and at each <br>. */
function* toChunksSteps(nodes: Text[], root: Element): Steps<TextChunk<Text>[]> {
  const chunks: TextChunk<Text>[] = [];
  let block = 0;
  let prevBlockEl: Element | null = null;
  let prev: Text | null = null;
  for (const node of nodes) {
    const blockEl = nearestBlock(node, root);
    if (prev && (blockEl !== prevBlockEl || brBetween(prev, node, root))) block++;
    chunks.push({ node, text: node.data, block });
    prevBlockEl = blockEl;
    prev = node;
    yield;
  }
  return chunks;
}

function visible(node: Text): boolean {
  const el = node.parentElement;
  if (!el) return false;
  // checkVisibility is missing in some test DOMs; Readability and the boilerplate rules cover those.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The headline's few nodes put in document order among the article's (already in document order): a binary search
 * each, since sorting the whole list compares nodes thousands of times and each comparison walks the tree.
 */
function withHeadline(kept: Text[], head: Text[]): Text[] {
  if (head.length === 0) return kept;
  const all = kept.slice();
  for (const n of head)
    all.splice(
      lowerBound(all.length, (i) => documentOrder(all[i]!, n) < 0),
      0,
      n,
    );
  return all;
}

/** Reads the markup with Readability: the indexes of the Text nodes it keeps, or null when it finds no article. */
export type ReadArticle = (html: string) => number[] | null;

/** The page's Text nodes behind Readability's answer (null: no answer, use the fallback). */
export function keptNodes(markup: ArticleMarkup, indexes: readonly number[] | null): Text[] | null {
  if (!indexes) return null;
  const out: Text[] = [];
  for (const i of indexes) {
    const n = Number.isInteger(i) ? markup.nodes[i] : undefined;
    if (n) out.push(n);
  }
  return out.length ? out : null;
}

/**
 * The article from Readability's kept nodes (or from the fallback when `readable` is null), without boilerplate,
 * form fields and text nobody sees, with the headline added back; a step per node looked at.
 */
export function* articleTextSteps(doc: Document, readable: Text[] | null): Steps<ArticleText | null> {
  const memo = new Map<Element, boolean>();
  const body = doc.body ?? doc.documentElement;
  let nodes = readable;
  let method: ArticleText['method'] = 'readability';
  let contentRoot: Element;
  if (nodes) {
    contentRoot = yield* commonAncestorSteps(nodes, body);
  } else {
    method = 'fallback';
    contentRoot = fallbackRoot(doc);
    nodes = textNodes(contentRoot);
  }
  // Boilerplate is judged inside the content only: the page's wrappers ("layout has-sidebar") say nothing about it.
  const kept: Text[] = [];
  for (const n of nodes) {
    // The page may have changed since the markup was written: a node it removed is not read.
    if (n.isConnected && n.data.trim() !== '' && !isInBoilerplate(n, contentRoot, memo) && !isEditable(n) && visible(n))
      kept.push(n);
    yield;
  }
  const head = headline(doc, contentRoot, new Set(kept), memo).filter(
    (n) => n.data.trim() !== '' && !isEditable(n) && visible(n),
  );
  const all = withHeadline(kept, head);
  if (all.length === 0) return null;
  const root = yield* commonAncestorSteps(all, body);
  return { root, chunks: yield* toChunksSteps(all, root), method };
}

/** Finds the article in one go, with Readability run by `read` (in Node and tests: lib/dom/article-reader.ts). */
export function findArticleText(doc: Document, read: ReadArticle): ArticleText | null {
  const markup = runSync(articleMarkupSteps(doc));
  const readable = markup ? keptNodes(markup, read(markup.html)) : null;
  return runSync(articleTextSteps(doc, readable));
}
