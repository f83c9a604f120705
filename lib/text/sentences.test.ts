import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SPACE_RUN, splitSentences } from './sentences';

const texts = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, not at abbreviations, initials or decimals', () => {
    expect(texts('Amazon.com Inc. is in talks. Shares rose 2.5% to $241.73 on Friday.\nNext line')).toEqual([
      'Amazon.com Inc. is in talks.',
      'Shares rose 2.5% to $241.73 on Friday.',
      'Next line',
    ]);
    expect(texts('Investors include T. Rowe Price and U.S. funds. Done.')).toEqual([
      'Investors include T. Rowe Price and U.S. funds.',
      'Done.',
    ]);
  });

  it('covers every non-space character exactly once, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const spans = splitSentences(s);
        let last = 0;
        for (const sp of spans) {
          expect(sp.start).toBeGreaterThanOrEqual(last);
          expect(sp.end).toBeLessThanOrEqual(s.length);
          last = sp.end;
        }
        const covered = spans
          .map((sp) => s.slice(sp.start, sp.end))
          .join('')
          .replace(/\s/g, '');
        expect(covered).toBe(s.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts text with no sentence end into bounded pieces', () => {
    const spans = splitSentences('a '.repeat(100_000));
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(4000);
  });
});

describe('whitespace runs (hostile text)', () => {
  const SPACES = [' ', '\t', '\u00a0', '\u2002', '\u2003', '\u3000'];
  const hostile = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'Amazon',
          'in',
          'talks',
          'q3',
          '2026',
          'over the past',
          'three years',
          ',',
          'and',
          'OpenAI',
          '.',
        ),
        fc.tuple(fc.constantFrom(...SPACES), fc.integer({ min: 1, max: 3000 })).map(([c, n]) => c.repeat(n)),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  /** The longest whitespace run inside any sentence: what the relation patterns with `\s*` next to `\s+` scan. */
  const runsIn = (text: string) =>
    splitSentences(text).flatMap(({ start, end }) => (text.slice(start, end).match(/\s+/g) ?? []).map((r) => r.length));

  it('no sentence holds a whitespace run longer than MAX_SPACE_RUN, of any kind of space', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const r of runsIn(text)) expect(r).toBeLessThanOrEqual(MAX_SPACE_RUN);
      }),
      { numRuns: 500 },
    );
  });

  it('the backtracking a `\\s*\\s*` pattern can do over all sentences grows linearly with the text', () => {
    // Steps of such a pattern over a run of r spaces: about r² (each start position re-splits the run). Summed over
    // every run every sentence holds, that is the work; it must stay within a constant per character of text.
    const steps = (text: string) => runsIn(text).reduce((n, r) => n + r * r, 0);
    for (const space of SPACES) {
      for (const size of [1_000, 10_000, 100_000]) {
        const text = `Amazon is in talks with OpenAI in${space.repeat(size)}2026, and${space.repeat(size)}Nvidia.`;
        expect(steps(text), `${size} × U+${space.charCodeAt(0).toString(16)}`).toBeLessThanOrEqual(
          MAX_SPACE_RUN * text.length,
        );
      }
    }
  });

  it('ordinary spacing is left alone: a short run does not split a sentence', () => {
    const text = `Amazon is in talks${' '.repeat(MAX_SPACE_RUN)}to invest up to $50 billion in OpenAI.`;
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
  });
});
