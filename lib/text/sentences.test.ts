import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from './sentences';

const texts = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, not at abbreviations, initials or decimals', () => {
    expect(texts('Amazon.com Inc. is in talks. Shares rose 2.5% to $241.73 on Friday.\nNext line')).toEqual([
      'Amazon.com Inc. is in talks.', 'Shares rose 2.5% to $241.73 on Friday.', 'Next line',
    ]);
    expect(texts('Investors include T. Rowe Price and U.S. funds. Done.')).toEqual(['Investors include T. Rowe Price and U.S. funds.', 'Done.']);
  });

  it('covers every non-space character exactly once, in order', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const spans = splitSentences(s);
      let last = 0;
      for (const sp of spans) {
        expect(sp.start).toBeGreaterThanOrEqual(last);
        expect(sp.end).toBeLessThanOrEqual(s.length);
        last = sp.end;
      }
      const covered = spans.map((sp) => s.slice(sp.start, sp.end)).join('').replace(/\s/g, '');
      expect(covered).toBe(s.replace(/\s/g, ''));
    }), { numRuns: 300 });
  });

  it('cuts text with no sentence end into bounded pieces', () => {
    const spans = splitSentences('a '.repeat(100_000));
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(4000);
  });
});
