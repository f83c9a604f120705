import { describe, expect, it } from 'vitest';
import { FUNDING_WORDS, wholeWords } from './funding-words';
import { GROUPED_CUES } from './event';
import { roundSize } from './relations/round-size';

/** One text per shared word, each written as an article would. */
const EXAMPLES = ['funding', 'round', 'raise', 'fundraising', 'fund-raising', 'raising', 'capital raise'];

describe('the shared funding words', () => {
  it('has an example for each word, and each example is read whole by exactly one word', () => {
    for (const text of EXAMPLES) {
      const readers = FUNDING_WORDS.filter((w) => new RegExp(`^${wholeWords([w])}$`).test(text));
      // Two words reading the same text would make their order in a pattern decide which one matches.
      expect(readers, text).toHaveLength(1);
    }
    expect(EXAMPLES).toHaveLength(FUNDING_WORDS.length);
  });

  it.each([
    ['the kind of financing (event.ts)', GROUPED_CUES.funding],
    ['the round-size cues', roundSize.money!.cues!],
  ])('are all found by %s, as whole words only', (_use, re) => {
    for (const text of EXAMPLES) {
      expect(
        [...`a ${text} of $5 billion`.matchAll(re)].map((m) => m[0]),
        text,
      ).toEqual([text]);
    }
    expect([...'roundabout fundings unraised'.matchAll(re)]).toEqual([]);
  });
});
