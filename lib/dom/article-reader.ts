/**
 * Readability away from the page: parses the markup of lib/dom/article-markup.ts with Readability's own JSDOMParser
 * (plain JavaScript, no DOM needed: it runs in the background's service worker, in Node and in tests) and answers
 * with the indexes of the Text nodes Readability keeps as the article, in document order. The page's main thread
 * neither clones the document nor runs Readability's scoring, and the content script does not carry Readability.
 */
import JSDOMParser, { type ParsedNode } from '@mozilla/readability/JSDOMParser.js';
import Readability from '@mozilla/readability/Readability.js';
import { MARKUP_MAX_DEPTH } from './article-markup';

const TEXT_NODE = 3;

function textNodes(root: ParsedNode, out: ParsedNode[] = []): ParsedNode[] {
  // Iterative: the markup is the page's, and may nest deeper than the call stack.
  const stack: ParsedNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) out.push(n);
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return out;
}

/** Whether the tree nests deeper than `max` (counted without recursion: the nesting is the page's). */
function deeperThan(root: ParsedNode, max: number): boolean {
  const stack: [ParsedNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) return true;
    for (const c of n.childNodes) stack.push([c, d + 1]);
  }
  return false;
}

/**
 * The kept Text nodes' indexes (ascending), or null when Readability finds no article, or when the markup nests
 * deeper than MARKUP_MAX_DEPTH (the content script does not send such markup; this holds whoever sends it).
 */
export function readArticle(html: string): number[] | null {
  let content: ParsedNode | null = null;
  let index: Map<ParsedNode, number>;
  try {
    const doc = new JSDOMParser().parse(html);
    if (!doc.documentElement || !doc.body || deeperThan(doc.documentElement, MARKUP_MAX_DEPTH + 1)) return null;
    index = new Map(textNodes(doc).map((n, i) => [n, i]));
    // charThreshold low: on a retry Readability re-parses its HTML, which would break the pairing of nodes.
    const result = new Readability(doc as unknown as Document, {
      charThreshold: 200,
      serializer: (el: Node) => {
        content = el as unknown as ParsedNode;
        return '';
      },
    }).parse();
    if (!result) return null;
  } catch {
    return null;
  }
  if (!content) return null;
  const inContent = textNodes(content);
  const kept: number[] = [];
  let keptLength = 0;
  let allLength = 0;
  for (const n of inContent) {
    const length = n.textContent.trim().length;
    allLength += length;
    const i = index.get(n);
    if (i === undefined) continue;
    kept.push(i);
    keptLength += length;
  }
  // If Readability re-created most nodes (its retry path), the pairing is lost: the caller uses its fallback.
  if (keptLength === 0 || keptLength < allLength * 0.5) return null;
  return kept.sort((a, b) => a - b);
}
