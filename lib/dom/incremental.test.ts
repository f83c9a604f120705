import { describe, expect, it } from 'vitest';
import { BlockAnalysisCache } from './incremental';
import type { Annotation } from '../verdicts/types';

/** A stand-in engine: every "$N billion" is a claim; records the texts it was asked about. */
function fakeEngine() {
  const calls: string[] = [];
  const analyze = (text: string): Promise<Annotation[]> => {
    calls.push(text);
    return Promise.resolve(
      [...text.matchAll(/\$\d+ billion/g)].map((m): Annotation => ({
        claim: { start: m.index, end: m.index + m[0].length, text: m[0], relation: 'investment', event: { words: [] } },
        verdict: text.includes('Amazon') ? 'supported' : 'unknown',
        facts: [],
        why: '',
      })),
    );
  };
  return { calls, analyze };
}

describe('BlockAnalysisCache', () => {
  it('analyses the whole article once, then only the new blocks with the opening as context', async () => {
    const engine = fakeEngine();
    const cache = new BlockAnalysisCache(engine.analyze);
    const first = await cache.annotate(['Amazon to invest', 'It may invest $50 billion.']);
    expect(engine.calls).toHaveLength(1);
    expect(first.annotations.map((a) => first.text.slice(a.claim.start, a.claim.end))).toEqual(['$50 billion']);

    const second = await cache.annotate(['Amazon to invest', 'It may invest $50 billion.', 'SoftBank: $30 billion.']);
    expect(engine.calls).toHaveLength(2);
    // The new block went with the article's opening (here the two short blocks before it) as context.
    expect(engine.calls[1]).toBe('Amazon to invest\n\nIt may invest $50 billion.\n\nSoftBank: $30 billion.');
    expect(second.analysedBlocks).toBe(1);
    expect(second.annotations.map((a) => second.text.slice(a.claim.start, a.claim.end))).toEqual([
      '$50 billion',
      '$30 billion',
    ]);
    expect(second.annotations.every((a) => a.verdict === 'supported')).toBe(true);
  });

  it('does not call the engine when no block changed, and forgets blocks that went away', async () => {
    const engine = fakeEngine();
    const cache = new BlockAnalysisCache(engine.analyze);
    await cache.annotate(['A $1 billion', 'B $2 billion']);
    const again = await cache.annotate(['A $1 billion', 'B $2 billion']);
    expect(engine.calls).toHaveLength(1);
    expect(again.analysedBlocks).toBe(0);
    const moved = await cache.annotate(['B $2 billion']);
    expect(engine.calls).toHaveLength(1);
    expect(moved.annotations).toHaveLength(1);
    expect(moved.annotations[0]!.claim.start).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('files a repeated paragraph once and shows its claims at each copy', async () => {
    const engine = fakeEngine();
    const cache = new BlockAnalysisCache(engine.analyze);
    const r = await cache.annotate(['Amazon $5 billion', 'Amazon $5 billion']);
    expect(r.annotations.map((a) => a.claim.start)).toEqual([7, 26]);
  });

  it('sends only the opening as context, not every earlier block', async () => {
    const engine = fakeEngine();
    const cache = new BlockAnalysisCache(engine.analyze);
    const long = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} `.repeat(10));
    await cache.annotate(long);
    await cache.annotate([...long, 'Amazon $7 billion']);
    const sent = engine.calls[1]!;
    expect(sent.endsWith('Amazon $7 billion')).toBe(true);
    expect(sent.length).toBeLessThan(1200);
  });

  it('keeps each text it sends under the cap, in batches with the opening as context, and finds every claim', async () => {
    const engine = fakeEngine();
    const blocks = [
      'Amazon leads.',
      ...Array.from({ length: 12 }, (_, i) => `Item ${i}: Amazon $${i + 1} billion here.`),
    ];
    const whole = await new BlockAnalysisCache(fakeEngine().analyze).annotate(blocks);
    const capped = new BlockAnalysisCache(engine.analyze, 120);
    const r = await capped.annotate(blocks);
    expect(engine.calls.length).toBeGreaterThan(1);
    for (const sent of engine.calls) expect(sent.length).toBeLessThanOrEqual(120);
    for (const sent of engine.calls.slice(1)) expect(sent.startsWith('Amazon leads.')).toBe(true);
    expect(r.annotations.map((a) => [a.claim.start, a.claim.text])).toEqual(
      whole.annotations.map((a) => [a.claim.start, a.claim.text]),
    );
    expect(r.text.slice(r.annotations[11]!.claim.start, r.annotations[11]!.claim.end)).toBe('$12 billion');
  });

  it('files each claim under its own block among many, and drops one that runs across a paragraph break', async () => {
    const blocks = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? `$${i} billion, says block ${i}.` : `Block ${i}.`,
    );
    const crossing = async (text: string): Promise<Annotation[]> => {
      const found = await fakeEngine().analyze(text);
      // A claim from the middle of block 0 to the middle of block 1 belongs to neither.
      const end = text.indexOf('Block 1.') + 5;
      return [...found, { ...found[0]!, claim: { ...found[0]!.claim, start: 3, end, text: text.slice(3, end) } }];
    };
    const result = await new BlockAnalysisCache(crossing).annotate(blocks);
    const texts = result.annotations.map((a) => result.text.slice(a.claim.start, a.claim.end));
    expect(texts).toEqual(blocks.filter((_, i) => i % 3 === 0).map((_, k) => `$${k * 3} billion`));
  });
});
