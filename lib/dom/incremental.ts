/**
 * Re-checking only the text that changed. The first run analyses the whole article; afterwards each block
 * (paragraph) keeps its claims, keyed by its text, and only blocks whose text is new are analysed again, together
 * with the article's opening (headline and lede) as context so that "the company" and the article's date still
 * resolve. Pure: works on block strings, the engine is passed in (in the extension it runs in the background, so
 * it answers asynchronously). Texts sent to it are kept under a size cap by analysing the new blocks in batches,
 * each with the opening as context.
 */
import type { Annotation } from '../verdicts/types';
import { BLOCK_SEPARATOR } from './text-map';
import { lowerBound } from '../lower-bound';

export type Analyze = (text: string) => Promise<Annotation[]>;

/** How much of the article's opening goes with new blocks as context. */
const CONTEXT_CHARS = 800;

function shift(a: Annotation, by: number): Annotation {
  return { ...a, claim: { ...a.claim, start: a.claim.start + by, end: a.claim.end + by } };
}

export interface AnnotateResult {
  annotations: Annotation[];
  /** Blocks that were analysed in this call (0 when nothing changed). */
  analysedBlocks: number;
  text: string;
}

export class BlockAnalysisCache {
  /** Block text -> its claims with offsets relative to the block's start. */
  private byText = new Map<string, Annotation[]>();

  /** `maxChars`: the longest text one call of `analyze` may get (a paragraph longer than that is cut there). */
  constructor(
    private readonly analyze: Analyze,
    private readonly maxChars = Infinity,
  ) {}

  get size(): number {
    return this.byText.size;
  }

  /** Not re-entrant: the caller awaits one call before making the next. */
  async annotate(blocks: readonly string[]): Promise<AnnotateResult> {
    const starts: number[] = [];
    let pos = 0;
    for (const b of blocks) {
      starts.push(pos);
      pos += b.length + BLOCK_SEPARATOR.length;
    }
    const text = blocks.join(BLOCK_SEPARATOR);
    const fresh = blocks.map((b, i) => (this.byText.has(b) ? -1 : i)).filter((i) => i >= 0);
    const next = new Map<string, Annotation[]>();
    for (const b of blocks) {
      const known = this.byText.get(b);
      if (known) next.set(b, known);
    }

    // With no cap (or a short article) this is one call: the whole text on the first run (no block is known, so no
    // context), and afterwards the new blocks after the known opening.
    let k = 0;
    while (k < fresh.length) {
      const context: string[] = [];
      let length = 0;
      for (const b of blocks) {
        // Under a cap, the context takes at most half of it.
        if (length >= CONTEXT_CHARS || !next.has(b) || length + b.length + BLOCK_SEPARATOR.length > this.maxChars / 2)
          break;
        context.push(b);
        length += b.length + BLOCK_SEPARATOR.length;
      }
      const contextText = context.length ? context.join(BLOCK_SEPARATOR) + BLOCK_SEPARATOR : '';
      const room = Math.max(1, this.maxChars - contextText.length);
      const batch: number[] = [];
      const freshStarts: number[] = [];
      let p = 0;
      while (k < fresh.length) {
        const i = fresh[k]!;
        if (batch.length && p + blocks[i]!.length > room) break;
        batch.push(i);
        freshStarts.push(p);
        p += blocks[i]!.length + BLOCK_SEPARATOR.length;
        k++;
      }
      const freshText = batch
        .map((i) => blocks[i]!)
        .join(BLOCK_SEPARATOR)
        .slice(0, room);
      const found = (await this.analyze(contextText + freshText)).map((a) => shift(a, -contextText.length));
      this.store(next, blocks, freshStarts, found, batch);
    }
    this.byText = next;

    const annotations: Annotation[] = [];
    blocks.forEach((b, i) => {
      for (const a of next.get(b) ?? []) annotations.push(shift(a, starts[i]!));
    });
    return { annotations, analysedBlocks: fresh.length, text };
  }

  /**
   * Files claims found in a text made of `which` blocks laid out at `layout` offsets under their blocks, relative to
   * each block. A claim that crosses a paragraph break or lies outside these blocks (in the context) is dropped.
   */
  private store(
    into: Map<string, Annotation[]>,
    blocks: readonly string[],
    layout: number[],
    found: Annotation[],
    which: number[],
  ) {
    // A paragraph repeated verbatim is filed once: its copies share the claims through the text key (a copy in a
    // later batch finds it filed already).
    const owner = new Map<string, number>();
    which.forEach((i, k) => {
      if (owner.has(blocks[i]!) || into.has(blocks[i]!)) return;
      owner.set(blocks[i]!, k);
      into.set(blocks[i]!, []);
    });
    for (const a of found) {
      // The block laid out last at or before the claim's start (a binary search: hundreds of claims, hundreds of blocks).
      const last = lowerBound(layout.length, (i) => layout[i]! <= a.claim.start) - 1;
      const k = last >= 0 && a.claim.end <= layout[last]! + blocks[which[last]!]!.length ? last : -1;
      if (k < 0) continue;
      const block = blocks[which[k]!]!;
      if (owner.get(block) !== k) continue;
      into.get(block)!.push(shift(a, -layout[k]!));
    }
  }
}
