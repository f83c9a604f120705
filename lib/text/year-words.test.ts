import { describe, expect, it } from 'vitest';
import { mayNameYearWords, YEAR_WORDS, yearFromWords } from './year-words';

const YEAR = new RegExp(`\\b${YEAR_WORDS}\\b`);

describe('years written in words', () => {
  it.each([
    ['two thousand fifteen', 2015],
    ['two thousand and twenty-one', 2021],
    ['two thousand nine', 2009],
    ['twenty nineteen', 2019],
    ['twenty twenty-one', 2021],
    ['nineteen ninety-eight', 1998],
  ])('reads "%s" as %i', (words, year) => {
    expect(YEAR.exec(words)?.[0]).toBe(words);
    expect(yearFromWords(words)).toBe(year);
    expect(mayNameYearWords(words)).toBe(true);
  });

  it('does not read counts or lone numbers as years', () => {
    expect(YEAR.test('two thousand employees')).toBe(false);
    expect(YEAR.test('twenty one people')).toBe(false);
    expect(YEAR.test('nineteen staff')).toBe(false);
  });
});
