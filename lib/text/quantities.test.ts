import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ANY_JOINER,
  QUALIFIER_AFTER,
  QUALIFIER_BEFORE,
  QUANTITY_SOURCE,
  findQuantities,
  mayBeJoiner,
  quantityMatches,
  mayEndInQualifier,
  mayStartQualifier,
} from './quantities';
import { formatQuantity, groupDigits } from './format-quantity';

const one = (s: string) => {
  const qs = findQuantities(s);
  expect(qs).toHaveLength(1);
  return qs[0]!;
};

describe('findQuantities', () => {
  it.each([
    ['$50 billion', 50e9],
    ['$50bn', 50e9],
    ['$50B', 50e9],
    ['US$50 billion', 50e9],
    ['50 billion dollars', 50e9],
    ['$13.7 billion', 13.7e9],
    ['$241.73', 241.73],
  ])('reads the money figure %s', (text, value) => {
    const q = one(text);
    expect(q.kind).toBe('money');
    expect(q.value).toBeCloseTo(value);
    expect(q.currency).toBe('USD');
  });

  it('reads other currencies', () => {
    expect(one('€600 million')).toMatchObject({ kind: 'money', value: 600e6, currency: 'EUR' });
  });

  it('reads counts, percentages and fractions', () => {
    expect(one('16,000')).toMatchObject({ kind: 'count', value: 16000 });
    expect(one('30,000 jobs')).toMatchObject({ kind: 'count', value: 30000 });
    expect(one('134.2%')).toMatchObject({ kind: 'percent', value: 134.2 });
    expect(one('half')).toMatchObject({ kind: 'fraction', value: 0.5 });
    expect(one('one-third').value).toBeCloseTo(1 / 3);
  });

  it.each([
    ['up to $5 billion', 'up-to'],
    ['as much as $5 billion', 'up-to'],
    ['about $5 billion', 'about'],
    ['nearly $5 billion', 'about'],
    ['more than $5 billion', 'more-than'],
    ['at least $5 billion', 'at-least'],
    ['over $5 billion', 'more-than'],
    ['exceeding $5 billion', 'more-than'],
    ['$5 billion or more', 'at-least'],
  ])('reads the qualifier of %s and spans it', (text, qualifier) => {
    const q = one(text);
    expect(q.qualifier).toBe(qualifier);
    expect(text.slice(q.start, q.end)).toBe(text);
  });

  it('merges ranges and lends the scale to a bare first figure', () => {
    expect(one('$750 billion to $830 billion')).toMatchObject({ qualifier: 'range', value: 750e9, high: 830e9 });
    expect(one('between $36 and $60 billion')).toMatchObject({ qualifier: 'range', value: 36e9, high: 60e9 });
  });

  it('keeps a list of two figures apart', () => {
    expect(findQuantities('$5bn and $7bn')).toHaveLength(2);
  });

  it('reads vague magnitudes as ranges', () => {
    expect(one('low single-digit billions')).toMatchObject({ value: 1e9, high: 3e9, vague: true });
    expect(one('double-digit')).toMatchObject({ value: 10, high: 99, unscaled: true });
  });

  it('never throws and keeps spans in bounds on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        for (const q of findQuantities(s)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(s.length);
          expect(q.start).toBeLessThan(q.end);
          expect(Number.isFinite(q.value) || q.value === Infinity).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads any written dollar figure back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom('million', 'billion', 'trillion'), (n, scale) => {
        const q = one(`$${n} ${scale}`);
        const factor = { million: 1e6, billion: 1e9, trillion: 1e12 }[scale];
        expect(q.value).toBe(n * factor);
      }),
    );
  });

  it('reads a figure exactly as Number reads it, with or without thousands separators', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.boolean(),
        fc.option(fc.nat(999_999)),
        (n, group, decimals) => {
          const whole = group ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
          const written = decimals === null ? whole : `${whole}.${decimals}`;
          expect(one(written).value).toBe(Number(written.replace(/,/g, '')));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds the same figures as one alternative per ending would', () => {
    // The bare-figure alternatives as they were written before they shared one reading of the figure.
    const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
    const reference = new RegExp(
      [
        QUANTITY_SOURCE.split('|\\b(?<n2>')[0],
        String.raw`\b(?<w>${NUM})\s?(?:trillion|billion|million|thousand|tn|bn|b|mn|m|k)?\s(?:dollars?|euros?|pounds|yen|usd|eur)\b`,
        String.raw`\b(?<p>${NUM})\s?(?:%|percent\b|per cent\b)`,
        String.raw`\b(?<c>${NUM})(?:\s(?:trillion|billion|million|thousand)\b)?`,
        String.raw`\b(?<frac>half|one[- ]third|a third|two[- ]thirds|one[- ]quarter|a quarter|three[- ]quarters)\b`,
        String.raw`\b(?<vague>(?:(?:low|mid|high)[- ])?(?:single|double|triple)[- ]digits?|(?:low|mid|high)[- ]teens|(?:hundreds|tens) of)(?:\s(?<vsc>billions|millions))?`,
      ].join('|'),
      'gi',
    );
    const current = new RegExp(QUANTITY_SOURCE, 'gi');
    const kind = (g: Record<string, string | undefined>) =>
      g.n1 ? 'money' : (g.curw ?? g.w) ? 'word' : (g.pct ?? g.p) ? 'percent' : (g.n2 ?? g.c) ? 'count' : 'other';
    const read = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}:${kind(m.groups!)}`);
    const tokens = [
      '50',
      '1,234',
      '1,234,5',
      '12,34',
      '1.5',
      '1.',
      '2026',
      'billion',
      'bn',
      'million',
      'dollars',
      'dollar',
      'USD',
      'bn',
      'Euros',
      'yen',
      '%',
      'percent',
      'per cent',
      'per',
      '$',
      'US$',
      'half',
      'double-digit',
      'billions',
      ' ',
      '  ',
      ',',
      '.',
      'x',
      '5%',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 8 }), fc.boolean(), (parts, spaced) => {
        const s = parts.join(spaced ? ' ' : '');
        expect(read(current, s)).toEqual(read(reference, s));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds, running figures and word quantities apart, what one regex of both finds', () => {
    const combined = new RegExp(QUANTITY_SOURCE, 'gi');
    const tokens = [
      '50',
      '$5',
      'A$5',
      'EUR 5',
      'usd',
      '1,234',
      'billion',
      'billions',
      'dollars',
      '%',
      'per cent',
      'half',
      'Half',
      'one-third',
      'a third',
      'A Quarter',
      'three quarters',
      'mid-teens',
      'low single-digit',
      'double digits',
      'hundreds of',
      'tens of',
      'tens',
      'a',
      'one',
      ' ',
      '-',
      ',',
      'x',
      'teens',
      'digit',
      'trillion',
      'an',
      'dollar',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 10 }), fc.boolean(), (parts, spaced) => {
        const s = parts.join(spaced ? ' ' : '');
        const expected = [...s.matchAll(combined)].map((m) => `${m.index}:${m[0]}`);
        expect(quantityMatches(s).map((m) => `${m.index}:${m[0]}`)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('stays linear on pathological text', () => {
    const digits = '9'.repeat(1_000_000);
    const qs = findQuantities(digits);
    expect(qs.length).toBe(1);
    const dollars = '$'.repeat(200_000) + '$5 billion';
    expect(findQuantities(dollars).at(-1)?.value).toBe(5e9);
  });
});

describe('groupDigits', () => {
  it('writes numbers exactly as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e15, max: 1e15 }),
          fc.double({ noNaN: false }),
          fc.constantFrom(0, -0, 999, 1000, 1e21),
        ),
        (v) => {
          expect(groupDigits(v)).toBe(v.toLocaleString('en-US'));
        },
      ),
    );
  });
});

describe('the qualifier pre-check', () => {
  const words = [
    'up to',
    'as much as',
    'approx.',
    'approx',
    'more than',
    'Over',
    'surpassed',
    'in excess of',
    'towards the',
    'or so',
    'just under',
    'x',
    'xover',
    'a.over',
    'U.S.',
    '-',
    '(',
    ' ',
    '\u00a0',
    '\n',
    'the',
    'some',
    'nearly',
    'fewer',
  ];
  it('never skips a text that one of the qualifier phrases ends', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.nat(40), (parts, cut) => {
        const text = parts.join(parts.length % 2 ? ' ' : '');
        const from = Math.min(cut, text.length);
        const matched = QUALIFIER_BEFORE.some(([re]) => re.test(text.slice(from)));
        if (matched) expect(mayEndInQualifier(text, from, text.length)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('never skips a text that a phrase after the figure starts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '\t', 'OR MORE', 'or more', 'Plus', 'and up', 'or higher', 'x', 'pl'), {
          maxLength: 6,
        }),
        (parts) => {
          const text = parts.join('');
          if (QUALIFIER_AFTER.some(([re]) => re.test(text.slice(0, 20))))
            expect(mayStartQualifier(text, 0, 20)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('never skips a joiner between two figures', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '\t', '\u00a0', 'and', 'to', '-', '–', '—', 'And', 'x', 'or'), { maxLength: 5 }),
        (parts) => {
          const gap = parts.join('');
          if (ANY_JOINER.test(gap)) expect(mayBeJoiner(gap, 0, gap.length)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('skips text whose last word ends no phrase', () => {
    expect(mayEndInQualifier('the company raised ', 0, 19)).toBe(false);
    expect(mayEndInQualifier('approx. ', 0, 8)).toBe(true);
  });
});

describe('scale suffixes and figures in words', () => {
  const read = (t: string) => findQuantities(t).map((q) => [q.value, q.high ?? null, q.qualifier]);
  it('reads tn, bn, mn, m, k and hyphenated scales', () => {
    expect(read('$1.5tn')).toEqual([[1.5e12, null, 'exact']]);
    expect(read('$50bn')).toEqual([[50e9, null, 'exact']]);
    expect(read('$500mn')).toEqual([[500e6, null, 'exact']]);
    expect(read('$300m')).toEqual([[300e6, null, 'exact']]);
    expect(read('$50k')).toEqual([[50e3, null, 'exact']]);
    expect(read('a $50-billion investment')).toEqual([[50e9, null, 'exact']]);
  });

  it('reads vague magnitudes as ranges', () => {
    expect(read('hundreds of millions of dollars')).toEqual([[100e6, 999e6, 'range']]);
  });

  it('reads numbers written in words, and leaves counted things alone', () => {
    expect(read('fifty billion dollars')).toEqual([[50e9, null, 'exact']]);
    expect(read('eight hundred thirty billion dollars')).toEqual([[830e9, null, 'exact']]);
    expect(read('twenty-five billion')).toEqual([[25e9, null, 'exact']]);
    expect(read('two billion users')).toEqual([]);
    expect(read('fifty million people')).toEqual([]);
    expect(read('a 100 billion dollar round')).toEqual([[100e9, null, 'exact']]);
    expect(read('one hundred billion dollar')).toEqual([[100e9, null, 'exact']]);
    expect(read('half a trillion dollars')).toEqual([[500e9, null, 'exact']]);
    expect(read('50 billion USD')).toEqual([[50e9, null, 'exact']]);
    expect(read('50 bn USD')).toEqual([[50e9, null, 'exact']]);
    expect(findQuantities('600 million EUR')[0]?.currency).toBe('EUR');
    expect(read('about half a trillion')).toEqual([[500e9, null, 'about']]);
    expect(read('half a billion users')).toEqual([]);
    expect(one('half of the round')).toMatchObject({ kind: 'fraction', value: 0.5 });
  });

  it('reads ~ as about and a trailing + as a floor', () => {
    expect(read('~$830B')).toEqual([[830e9, null, 'about']]);
    expect(read('a $50B+ raise')).toEqual([[50e9, null, 'at-least']]);
  });
});

describe('formatQuantity for listing dates', () => {
  it('says a quarter and year, a deadline and a floor in words', () => {
    expect(formatQuantity({ kind: 'quarter', value: 20264, qualifier: 'exact' })).toBe('Q4 2026');
    expect(formatQuantity({ kind: 'quarter', value: 20270, qualifier: 'up-to' })).toBe('by 2027');
    expect(formatQuantity({ kind: 'quarter', value: 20270, qualifier: 'at-least' })).toBe('no sooner than 2027');
  });
});
