/**
 * Finding the article in a live document and listing its text nodes in reading order, grouped in blocks.
 *
 * Readability runs on a clone (it rewrites the document it is given). Cloning keeps the tree's shape, so walking
 * the original and the clone side by side pairs every cloned Text node with its original; Readability moves
 * nodes rather than copying them, so the Text nodes it keeps still pair with the page's own. The page is never
 * touched. When Readability finds nothing usable, the <article>/<main> element stands in for it. Either way,
 * navigation, asides, comments, rails and ads are dropped by the rules in ./exclude.
 */
import { Readability } from '@mozilla/readability';
import { isEditable, isInBoilerplate } from './exclude';
import type { TextChunk } from './text-map';

export interface ArticleText {
  /** The element holding all of the article's text (the lowest common ancestor). */
  root: Element;
  chunks: TextChunk<Text>[];
  method: 'readability' | 'fallback';
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Pages with more elements than this skip Readability (its cost grows with the DOM) and use the fallback. */
const READABILITY_MAX_ELEMENTS = 30_000;

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function commonAncestor(nodes: Node[], fallback: Element): Element {
  if (nodes.length === 0) return fallback;
  let anc: Element | null = nodes[0]!.parentElement;
  for (const n of nodes) {
    while (anc && !anc.contains(n)) anc = anc.parentElement;
    if (!anc) return fallback;
  }
  return anc ?? fallback;
}

/** The page's Text nodes Readability keeps as the article, or null when it finds no article. */
function readabilityNodes(doc: Document): Text[] | null {
  if (doc.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS) return null;
  const clone = doc.cloneNode(true) as Document;
  const originals = textNodes(doc);
  const copies = textNodes(clone);
  if (originals.length !== copies.length) return null;
  const original = new Map<Text, Text>();
  copies.forEach((c, i) => original.set(c, originals[i]!));
  let content: Element | null = null;
  try {
    // charThreshold low: on a retry Readability re-parses its HTML, which would break the pairing of nodes.
    const result = new Readability(clone, {
      charThreshold: 200,
      serializer: (el: Node) => {
        content = el as Element;
        return '';
      },
    }).parse();
    if (!result) return null;
  } catch {
    return null;
  }
  if (!content) return null;
  const kept = textNodes(content).map((c) => original.get(c)).filter((n): n is Text => !!n);
  const keptLength = kept.reduce((sum, n) => sum + n.data.trim().length, 0);
  const allLength = textNodes(content).reduce((sum, n) => sum + n.data.trim().length, 0);
  // If Readability re-created most nodes (its retry path), the pairing is lost: use the fallback instead.
  if (keptLength === 0 || keptLength < allLength * 0.5) return null;
  return kept;
}

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
export function toChunks(nodes: Text[], root: Element): TextChunk<Text>[] {
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

export function findArticleText(doc: Document): ArticleText | null {
  const memo = new Map<Element, boolean>();
  const body = doc.body ?? doc.documentElement;
  let nodes = readabilityNodes(doc);
  let method: ArticleText['method'] = 'readability';
  let contentRoot: Element;
  if (nodes) {
    contentRoot = commonAncestor(nodes, body);
  } else {
    method = 'fallback';
    contentRoot = fallbackRoot(doc);
    nodes = textNodes(contentRoot);
  }
  // Boilerplate is judged inside the content only: the page's wrappers ("layout has-sidebar") say nothing about it.
  const kept = nodes.filter((n) => n.data.trim() !== '' && !isInBoilerplate(n, contentRoot, memo) && !isEditable(n) && visible(n));
  const head = headline(doc, contentRoot, new Set(kept), memo).filter((n) => n.data.trim() !== '' && !isEditable(n) && visible(n));
  const all = head.length ? [...head, ...kept].sort(documentOrder) : kept;
  if (all.length === 0) return null;
  const root = commonAncestor(all, body);
  return { root, chunks: toChunks(all, root), method };
}
