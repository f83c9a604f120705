import { describe, expect, it } from 'vitest';
import { evidenceFacts, evidenceFor, formatFactValue } from './evidence';
import type { FactBase } from './factbase/schema';
import type { Annotation } from './verdicts/types';

describe('formatFactValue', () => {
  it('says figures as a reader would', () => {
    expect(formatFactValue({ kind: 'money', value: 50e9, qualifier: 'up-to' })).toBe('up to $50 billion');
    expect(formatFactValue({ kind: 'money', value: 241.73, qualifier: 'about' })).toBe('about $241.73');
    expect(formatFactValue({ kind: 'money', value: 750e9, high: 830e9, qualifier: 'range' })).toBe(
      '$750 billion to $830 billion',
    );
    expect(formatFactValue({ kind: 'count', value: 16000, qualifier: 'about' })).toBe('about 16,000');
    expect(formatFactValue({ kind: 'percent', value: 134.2, qualifier: 'exact' })).toBe('134.2%');
    expect(formatFactValue({ kind: 'year', value: 2015, qualifier: 'exact' })).toBe('2015');
  });
});

describe('evidenceFor', () => {
  const base: FactBase = {
    version: 1,
    sources: [
      { id: 'a', file: 'a.txt', title: 'A', outlet: 'Wire', author: null, date: '2026-01' },
      { id: 'b', file: 'b.txt', title: 'B', outlet: null, author: null, date: null },
    ],
    topics: [],
    facts: [
      {
        id: 'amazon-share-price',
        relation: 'share-price',
        subject: 'amazon',
        topic: 't',
        label: "Amazon's share price",
        event: {},
        versions: [
          {
            value: { kind: 'money', value: 241.73, qualifier: 'about' },
            sources: [{ sourceId: 'a', quote: 'around $241.73', start: 0, end: 1 }],
          },
          {
            value: { kind: 'money', value: 239.3, qualifier: 'about' },
            sources: [{ sourceId: 'b', quote: 'around $239.3', start: 0, end: 1 }],
          },
        ],
      },
    ],
  };
  const ann: Annotation = {
    claim: { start: 0, end: 5, text: 'around $241.73', relation: 'share-price', event: { words: [] } },
    verdict: 'disputed',
    facts: ['amazon-share-price', 'no-such-fact'],
    why: 'Sources disagree.',
  };

  it('lists each account of a disputed fact with its sources, and skips ids the fact base lacks', () => {
    const e = evidenceFor(ann, new Map(evidenceFacts(ann.facts, base).map((f) => [f.id, f])));
    expect(e.facts).toHaveLength(1);
    expect(e.facts[0]!.versions.map((v) => v.value)).toEqual(['about $241.73', 'about $239.3']);
    expect(e.facts[0]!.versions[0]!.quotes[0]).toEqual({
      quote: 'around $241.73',
      outlet: 'Wire',
      date: '2026-01',
      title: 'A',
    });
    expect(e.facts[0]!.versions[1]!.quotes[0]).toEqual({
      quote: 'around $239.3',
      outlet: null,
      date: null,
      title: 'B',
    });
  });

  it('has nothing to cite without a fact base', () => {
    expect(evidenceFacts(ann.facts, null)).toEqual([]);
    expect(evidenceFor(ann, new Map()).facts).toEqual([]);
  });

  it('resolves each fact once, in the order asked', () => {
    expect(evidenceFacts(['amazon-share-price', 'no-such-fact', 'amazon-share-price'], base).map((f) => f.id)).toEqual([
      'amazon-share-price',
    ]);
  });

  it("marks the quotes of a reader's own sources with when they were added, also through an index over packs", async () => {
    const { PackIndex } = await import('./factbase/pack-index');
    const index = new PackIndex([
      { id: 'a', pack: { ...base, sources: [base.sources[0]!, { ...base.sources[1]!, addedAt: 1_764_720_000_000 }] } },
    ]);
    const [fact] = evidenceFacts(['amazon-share-price'], index);
    expect(fact!.versions[0]!.quotes[0]!.addedAt).toBeUndefined();
    expect(fact!.versions[1]!.quotes[0]!.addedAt).toBe(1_764_720_000_000);
  });
});
