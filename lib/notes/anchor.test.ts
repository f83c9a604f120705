import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, anchorToClaims, claimAt, placeNotes } from './anchor';

const ARTICLE = [
  'Jan 29 (Reuters) - Amazon is in talks to invest up to $50 billion in OpenAI, according to people familiar with the matter.',
  'The talks are at an early stage. SoftBank is in talks to invest up to $30 billion in the round.',
  'OpenAI was last valued at $500 billion. Amazon is in talks to invest up to $50 billion, a second person said, adding that',
  'the figure could change. Amazon said it would cut 16,000 jobs in its corporate workforce.',
].join('\n');

const slice = (text: string, p: { start: number; end: number } | null) => (p ? text.slice(p.start, p.end) : null);

describe('anchorQuote: exact', () => {
  it('finds the quote as written', () => {
    const p = anchorQuote({ quote: 'cut 16,000 jobs' }, ARTICLE);
    expect(p).toMatchObject({ status: 'exact', score: 1 });
    expect(slice(ARTICLE, p)).toBe('cut 16,000 jobs');
  });

  it('uses prefix and suffix to choose between repeats', () => {
    const quote = 'Amazon is in talks to invest up to $50 billion';
    const first = anchorQuote({ quote, prefix: 'Jan 29 (Reuters) - ', suffix: ' in OpenAI, according' }, ARTICLE)!;
    const second = anchorQuote(
      { quote, prefix: 'last valued at $500 billion. ', suffix: ', a second person said' },
      ARTICLE,
    )!;
    expect(first.start).toBe(ARTICLE.indexOf(quote));
    expect(second.start).toBe(ARTICLE.lastIndexOf(quote));
    expect(slice(ARTICLE, second)).toBe(quote);
  });

  it('ignores changes of whitespace, case, curly quotes and dashes', () => {
    const text = 'He said \u201cthe  deal\nis   DONE\u201d \u2014 finally.';
    const p = anchorQuote({ quote: '"the deal is done" - finally' }, text);
    expect(p?.status).toBe('exact');
    expect(slice(text, p)).toBe('\u201cthe  deal\nis   DONE\u201d \u2014 finally');
  });
});

describe('anchorQuote: approximate', () => {
  it('finds an edited claim again', () => {
    const edited = ARTICLE.replace(
      'Amazon said it would cut 16,000 jobs',
      'Amazon said on Wednesday it would cut about 16,000 jobs',
    );
    const p = anchorQuote({ quote: 'Amazon said it would cut 16,000 jobs in its corporate workforce' }, edited);
    expect(p?.status).toBe('approximate');
    expect(slice(edited, p)).toBe('Amazon said on Wednesday it would cut about 16,000 jobs in its corporate workforce');
    expect(p!.score).toBeGreaterThan(0.8);
  });

  it('prefers the candidate whose context matches', () => {
    const text =
      'Intro one. Alpha invested ten billion in Beta today. Filler words here. Alpha invested ten billion in Beta today. End.';
    const quote = 'Alpha has invested ten billion in Beta';
    const second = anchorQuote({ quote, prefix: 'Filler words here. ', suffix: ' today. End.' }, text);
    const first = anchorQuote({ quote, prefix: 'Intro one. ', suffix: ' today. Filler' }, text);
    expect(second).toMatchObject({ status: 'approximate', start: text.lastIndexOf('Alpha') });
    expect(first).toMatchObject({ status: 'approximate', start: text.indexOf('Alpha') });
  });

  it('returns null for text that is no longer there', () => {
    expect(anchorQuote({ quote: 'Microsoft will acquire Anthropic for $90 billion next spring' }, ARTICLE)).toBeNull();
    expect(anchorQuote({ quote: 'anything' }, '')).toBeNull();
    expect(anchorQuote({ quote: '   ' }, ARTICLE)).toBeNull();
  });

  it('an exact match always beats an approximate one and is found at its own offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 200 }),
        (before, quote, after) => {
          fc.pre(quote.trim().length > 0);
          const text = before + quote + after;
          const p = anchorQuote({ quote, prefix: before.slice(-30), suffix: after.slice(0, 30) }, text);
          expect(p?.status).toBe('exact');
          // The place found reads the same as the quote, folded; it need not be the same occurrence when text repeats.
          expect(p!.end).toBeGreaterThan(p!.start);
        },
      ),
    );
  });

  it('stays bounded on a long page (200,000 words)', () => {
    const words = Array.from(
      { length: 200_000 },
      (_, i) => ['alpha', 'beta', 'gamma', 'delta', 'deal', 'billion'][i % 6],
    ).join(' ');
    const p = anchorQuote({ quote: 'alpha beta gamma zeta deal billion alpha beta' }, words);
    expect(p?.status).toBe('approximate');
  });
});

describe('placing notes', () => {
  const note = (id: string, quote: string) => ({ id, target: { quote, prefix: '', suffix: '' } });

  it('keeps the notes that cannot be placed, in order', () => {
    const notes = [
      note('a', 'cut 16,000 jobs'),
      note('b', 'a sentence that was removed entirely from the page'),
      note('c', 'SoftBank is in talks'),
      note('d', 'another vanished line of text here'),
    ];
    const { placed, unplaced } = placeNotes(notes, ARTICLE);
    expect(placed.map((p) => p.note.id)).toEqual(['a', 'c']);
    expect(unplaced.map((n) => n.id)).toEqual(['b', 'd']);
  });

  it('maps a placement to the claim it overlaps most', () => {
    const claims = [
      { start: 0, end: 10 },
      { start: 20, end: 40 },
      { start: 38, end: 60 },
    ];
    expect(claimAt({ start: 25, end: 45 }, claims)).toBe(1);
    expect(claimAt({ start: 45, end: 70 }, claims)).toBe(2);
    expect(claimAt({ start: 100, end: 120 }, claims)).toBe(-1);
  });

  it('anchors among claim reports when the page text is not at hand', () => {
    const claims = [
      { text: 'Amazon is in talks to invest up to $50 billion', prefix: 'Jan 29 (Reuters) - ', suffix: ' in OpenAI' },
      { text: 'valued at $500 billion', prefix: 'OpenAI was last ', suffix: '.' },
      {
        text: 'Amazon is in talks to invest up to $50 billion',
        prefix: 'valued at $500 billion. ',
        suffix: ', a second person said',
      },
    ];
    expect(
      anchorToClaims(
        { quote: 'Amazon is in talks to invest up to $50 billion', prefix: '$500 billion. ', suffix: ', a second' },
        claims,
      ),
    ).toBe(2);
    expect(
      anchorToClaims(
        { quote: 'Amazon is in talks to invest up to $50 billion', prefix: '(Reuters) - ', suffix: ' in OpenAI' },
        claims,
      ),
    ).toBe(0);
    expect(anchorToClaims({ quote: 'last valued at about $500 billion' }, claims)).toBe(1);
    expect(anchorToClaims({ quote: 'Nvidia chips' }, claims)).toBe(-1);
  });
});
