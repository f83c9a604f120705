/**
 * The article's plain text and a map from every character of it back to a position in a source node.
 * DOM-free and generic over the node type, so it is unit-tested without a browser: the content script feeds it
 * the article's Text nodes, tests feed it strings.
 *
 * Whitespace runs collapse to one space (as a reader sees them), blocks (paragraphs, list items, headings) are
 * joined by a blank line so that no sentence runs across two paragraphs. Every character of the output maps to
 * exactly one character of one node; the blank lines between blocks map to nothing.
 */

export const BLOCK_SEPARATOR = '\n\n';

export interface TextChunk<N> {
  node: N;
  text: string;
  /** Chunks with the same block number belong to one paragraph; a change of number starts a new one. */
  block: number;
}

export interface TextBlock {
  start: number;
  end: number;
}

export interface DomPosition<N> {
  startNode: N;
  startOffset: number;
  endNode: N;
  endOffset: number;
}

export interface TextMap<N> {
  text: string;
  nodes: N[];
  blocks: TextBlock[];
  /** The node and offset a range of the text starts and ends at; null if it covers no node text. */
  positionOf(start: number, end: number): DomPosition<N> | null;
  /** The index of the block holding the offset, or -1 for a separator. */
  blockAt(offset: number): number;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';

export function buildTextMap<N>(chunks: readonly TextChunk<N>[]): TextMap<N> {
  const nodes: N[] = [];
  const out: string[] = [];
  const nodeAt: number[] = [];
  const offsetAt: number[] = [];
  const blocks: TextBlock[] = [];
  let blockNo: number | undefined;
  let blockStart = -1;
  // A whitespace run seen but not yet written: written only when a non-space follows in the same block.
  let pendingSpace: { node: number; offset: number } | null = null;

  const closeBlock = () => {
    if (blockStart >= 0 && out.length > blockStart) blocks.push({ start: blockStart, end: out.length });
    blockStart = -1;
    pendingSpace = null;
  };

  for (const chunk of chunks) {
    if (chunk.block !== blockNo) {
      closeBlock();
      blockNo = chunk.block;
    }
    const ni = nodes.length;
    nodes.push(chunk.node);
    const t = chunk.text;
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (isSpace(c)) {
        if (blockStart >= 0 && !pendingSpace) pendingSpace = { node: ni, offset: i };
        continue;
      }
      if (blockStart < 0) {
        if (out.length > 0) for (const s of BLOCK_SEPARATOR) { out.push(s); nodeAt.push(-1); offsetAt.push(-1); }
        blockStart = out.length;
      } else if (pendingSpace) {
        out.push(' ');
        nodeAt.push(pendingSpace.node);
        offsetAt.push(pendingSpace.offset);
      }
      pendingSpace = null;
      out.push(c);
      nodeAt.push(ni);
      offsetAt.push(i);
    }
  }
  closeBlock();

  const text = out.join('');

  const blockAt = (offset: number): number => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = blocks[mid]!;
      if (offset < b.start) hi = mid - 1;
      else if (offset >= b.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };

  const positionOf = (start: number, end: number): DomPosition<N> | null => {
    let s = Math.max(0, start);
    let e = Math.min(text.length, end) - 1;
    while (s <= e && nodeAt[s]! < 0) s++;
    while (e >= s && nodeAt[e]! < 0) e--;
    if (s > e) return null;
    return {
      startNode: nodes[nodeAt[s]!]!,
      startOffset: offsetAt[s]!,
      endNode: nodes[nodeAt[e]!]!,
      endOffset: offsetAt[e]! + 1,
    };
  };

  return { text, nodes, blocks, positionOf, blockAt };
}
