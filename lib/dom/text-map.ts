/**
 * The article's plain text and a map from every character of it back to a position in a source node.
 * DOM-free and generic over the node type, so it is unit-tested without a browser: the content script feeds it
 * the article's Text nodes, tests feed it strings.
 *
 * Whitespace runs collapse to one space (as a reader sees them), blocks (paragraphs, list items, headings) are
 * joined by a blank line so that no sentence runs across two paragraphs. Every character of the output maps to
 * exactly one character of one node; the blank lines between blocks map to nothing.
 */

import { runSync, type Steps } from './pace';
import { lowerBound } from '../lower-bound';

export const BLOCK_SEPARATOR = '\n\n';

export interface TextChunk<N> {
  node: N;
  text: string;
  /** Chunks with the same block number belong to one paragraph; a change of number starts a new one. */
  block: number;
}

interface TextBlock {
  start: number;
  end: number;
}

interface DomPosition<N> {
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

/** Whitespace as HTML collapses it, plus the no-break space (a reader sees a space). */
const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;
/** Characters nobody sees (soft hyphen, zero-width space/joiners, BOM): left out so "bil\u00adlion" reads "billion". */
const isInvisibleCode = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0x2060;

export function buildTextMap<N>(chunks: readonly TextChunk<N>[]): TextMap<N> {
  return runSync(buildTextMapSteps(chunks));
}

/** The same, a step per chunk (the content script runs a long article's map in slices: lib/dom/pace.ts). */
export function* buildTextMapSteps<N>(chunks: readonly TextChunk<N>[]): Steps<TextMap<N>> {
  const nodes: N[] = [];
  const parts: string[] = [];
  let capacity = BLOCK_SEPARATOR.length;
  for (const c of chunks) capacity += c.text.length + BLOCK_SEPARATOR.length;
  // Per output character: which node it came from (-1 for separators) and where in that node.
  const nodeAt = new Int32Array(capacity);
  const offsetAt = new Int32Array(capacity);
  let length = 0;
  const blocks: TextBlock[] = [];
  let blockNo: number | undefined;
  let blockStart = -1;
  // A whitespace run seen but not yet written: written only when a non-space follows in the same block.
  let pendingNode = -1;
  let pendingOffset = 0;

  const closeBlock = () => {
    if (blockStart >= 0 && length > blockStart) blocks.push({ start: blockStart, end: length });
    blockStart = -1;
    pendingNode = -1;
  };

  for (const chunk of chunks) {
    if (chunk.block !== blockNo) {
      closeBlock();
      blockNo = chunk.block;
    }
    const ni = nodes.length;
    nodes.push(chunk.node);
    const t = chunk.text;
    let i = 0;
    while (i < t.length) {
      const code = t.charCodeAt(i);
      if (isInvisibleCode(code)) {
        i++;
        continue;
      }
      if (isSpaceCode(code)) {
        if (blockStart >= 0 && pendingNode < 0) {
          pendingNode = ni;
          pendingOffset = i;
        }
        i++;
        continue;
      }
      let j = i + 1;
      while (j < t.length && !isSpaceCode(t.charCodeAt(j)) && !isInvisibleCode(t.charCodeAt(j))) j++;
      if (blockStart < 0) {
        if (length > 0) {
          parts.push(BLOCK_SEPARATOR);
          for (let k = 0; k < BLOCK_SEPARATOR.length; k++) nodeAt[length++] = -1;
        }
        blockStart = length;
      } else if (pendingNode >= 0) {
        parts.push(' ');
        nodeAt[length] = pendingNode;
        offsetAt[length++] = pendingOffset;
      }
      pendingNode = -1;
      parts.push(i === 0 && j === t.length ? t : t.slice(i, j));
      for (let k = i; k < j; k++) {
        nodeAt[length] = ni;
        offsetAt[length++] = k;
      }
      i = j;
    }
    yield;
  }
  closeBlock();

  const text = parts.join('');

  const blockAt = (offset: number): number => {
    const i = lowerBound(blocks.length, (k) => blocks[k]!.end <= offset);
    return i < blocks.length && blocks[i]!.start <= offset ? i : -1;
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
