import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STAGE, mayNameTalks } from './talks-stage';
import { SUPPLY, mayNameSupply } from './compute-agreement';
import { PERIOD, mayNamePeriod } from './stock-return';
import { MARKET, mayNameMarket } from './market-share';
import { SUPERLATIVE, mayNameRecord } from './largest-acquisition';

const soup = (words: string[]) =>
  fc.array(fc.constantFrom(...words, ' ', '  ', '-', 'x'), { maxLength: 10 }).map((w) => w.join(' '));

describe('the word tests before the phrase regexes', () => {
  it('never skip a stage of talks', () => {
    const words = [
      'advanced',
      'early',
      'early-stage',
      'late stage',
      'final',
      'initial',
      'talks',
      'talk',
      'discussions',
      'negotiations',
      'negotiation',
      'stage of',
      'stages of',
    ];
    fc.assert(
      fc.property(soup(words), (s) => {
        STAGE.lastIndex = 0;
        if (STAGE.test(s)) expect(mayNameTalks(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('never skip a supply of compute', () => {
    const words = [
      'sells',
      'supplies',
      'providing',
      'rents out',
      'leasing',
      'cloud',
      'computing',
      'compute',
      'power',
      'capacity',
      'resources',
    ];
    fc.assert(
      fc.property(soup(words), (s) => {
        SUPPLY.lastIndex = 0;
        if (SUPPLY.test(s)) expect(mayNameSupply(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the year test before the return period', () => {
  it('never skips a period of years', () => {
    const words = [
      'over',
      'in',
      'during',
      'the',
      'past',
      'last',
      'three',
      'ten',
      '5',
      '12',
      'year',
      'years',
      '-year',
      '-',
      'yr',
    ];
    fc.assert(
      fc.property(soup(words), (s) => {
        if (PERIOD.test(s)) expect(mayNamePeriod(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the word test before the market phrase', () => {
  it('never skips a share of a market', () => {
    const words = [
      'of',
      'the',
      'global',
      'worldwide',
      'u.s.',
      'cloud',
      'cloud infrastructure',
      'cloud computing',
      'ai',
      'infrastructure',
      'market',
      'spending',
      'spend',
      'services',
      'market for cloud',
      'x',
    ];
    fc.assert(
      fc.property(soup(words), (s) => {
        if (MARKET.test(s)) expect(mayNameMarket(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the word test before the superlative phrase', () => {
  it('never skips a record acquisition', () => {
    const words = [
      'biggest',
      'largest',
      'priciest',
      'costliest',
      'most expensive',
      'most costly',
      'single',
      'all-time',
      '-ever',
      'ever',
      'grocery',
      'acquisition',
      'buy',
      'deal',
      'purchase',
      'takeover',
      'to date',
    ];
    fc.assert(
      fc.property(soup(words), (s) => {
        SUPERLATIVE.lastIndex = 0;
        if (SUPERLATIVE.test(s)) expect(mayNameRecord(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
