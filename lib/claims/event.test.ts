import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GROUPED_CUES, groupedCues } from './event';
import { extractClaims } from './extract';

describe('the one scan for five kinds of cue words', () => {
  it('gives each kind what its own regex finds', () => {
    const words = [
      'ago',
      'earlier this year',
      'earlier',
      'last year',
      'previous',
      'previously',
      'prior',
      'tranche',
      'has invested',
      'have already put',
      'has committed',
      'poured',
      'in total',
      'so far',
      'to date',
      'altogether',
      'cumulative',
      'secondary',
      'tender',
      'share sale',
      'sale of employee shares',
      'sale of shares',
      'funding',
      'round',
      'fundraising',
      'fund-raise',
      'raise',
      'raising',
      'capital raise',
      'capital',
      'has',
      'in',
      'sale',
      'x',
      ',',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 12 }),
        fc.constantFrom(' ', '', '-'),
        (parts, glue) => {
          const lower = parts.join(glue);
          const found = groupedCues(lower);
          for (const [kind, re] of Object.entries(GROUPED_CUES)) {
            const own = [...lower.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);
            expect(found[kind as keyof typeof GROUPED_CUES]).toEqual(own);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('an increment', () => {
  const cues = (text: string, figure: string) =>
    extractClaims(text).find((c) => c.start === text.indexOf(figure))?.event.incremental ?? false;

  it('is "another" or "more" near the figure, never "more than" cut at the window’s edge', () => {
    expect(cues('Amazon will invest another $10 billion in OpenAI.', '$10 billion')).toBe(true);
    expect(cues('Amazon will invest $10 billion more in OpenAI.', '$10 billion')).toBe(true);
    const text = 'Amazon is in talks to invest more than $10 billion, potentially even more than $20 billion.';
    expect(cues(text, 'more than $10 billion')).toBe(false);
  });
});
