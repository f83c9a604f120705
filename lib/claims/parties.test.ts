import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INVESTEE_MARK, investeeMarked } from './parties';
import { articleBefore } from './context';
import { extractClaims } from './extract';

describe('investeeMarked', () => {
  it('answers as INVESTEE_MARK does on the same text, from any start', () => {
    const words = [
      'in',
      'into',
      'to',
      'for',
      'of',
      'on',
      'add-on',
      'the',
      'startup',
      'artificial',
      'intelligence',
      'openai’s',
      "o'",
      '$50',
      'billion',
      ',',
      '.',
      '(',
      'x_y',
      'tool-to',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '-',
      '’',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 12 }),
        fc.constantFrom(' ', ''),
        fc.nat(20),
        (parts, glue, cut) => {
          const text = parts.join(glue);
          const from = Math.min(cut, text.length);
          expect(investeeMarked(text, from, text.length)).toBe(INVESTEE_MARK.test(text.slice(from)));
        },
      ),
      { numRuns: 10000 },
    );
  });
});

describe('articleBefore', () => {
  it('answers as /\\b(?:the|a|an)\\s$/i does on the same text', () => {
    const parts = [
      'the',
      'The',
      'THE',
      'a',
      'A',
      'an',
      'An',
      'x',
      'xa',
      'then',
      '_',
      '1',
      ' ',
      '\t',
      '\u00a0',
      ',',
      '-',
      'é',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 5 }), fc.nat(6), (bits, cut) => {
        const text = bits.join('');
        const from = Math.min(cut, text.length);
        expect(articleBefore(text, from, text.length)).toBe(/\b(?:the|a|an)\s$/i.test(text.slice(from)));
      }),
      { numRuns: 10000 },
    );
  });
});

describe('a round named with no owner', () => {
  const anyRound = (text: string) =>
    extractClaims(text, { documentDate: '2026-02-03' }).find((c) => c.relation === 'round-share')?.anyRound === true;

  it('may be any round in talks where no startup is named, known or not', () => {
    expect(anyRound('Amazon could provide half of the round, people said.')).toBe(true);
    expect(anyRound('Amazon provided half of the round.')).toBe(false);
    expect(anyRound('Anthropic is raising. Amazon could provide half of the round.')).toBe(false);
    expect(anyRound('Perplexity is raising. Amazon could provide half of the round.')).toBe(false);
    expect(anyRound("Amazon could provide half of OpenAI's round.")).toBe(false);
  });
});
