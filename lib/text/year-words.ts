const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_AND_UNITS = `(?:${TENS.join('|')})(?:[- ](?:${UNITS.join('|')}))?`;
const TWO_DIGITS = `(?:${TENS_AND_UNITS}|${TEENS.join('|')})`;

/**
 * A year written in words, lower case: "two thousand fifteen", "two thousand and twenty-one", "twenty nineteen",
 * "nineteen ninety-eight" (a regex source, no groups). Read only where a year is expected ("founded in", "since"):
 * "two thousand" alone is a count, and a year needs its last two digits.
 */
export const YEAR_WORDS = `(?:two thousand(?: and)? (?:${TWO_DIGITS}|${UNITS.join('|')})|(?:nineteen|twenty)[- ]${TWO_DIGITS})`;

/** Whether a lower-cased text may hold a YEAR_WORDS phrase: each one holds one of these words. */
export const mayNameYearWords = (lower: string) => lower.includes('thousand') || /\b(?:nineteen|twenty)\b/.test(lower);

const VALUES = new Map<string, number>([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ...TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);

/** The year a YEAR_WORDS phrase names. */
export function yearFromWords(words: string): number {
  const parts = words.toLowerCase().split(/[- ]+/);
  if (parts[1] === 'thousand') return 2000 + sum(parts.slice(2));
  return (parts[0] === 'nineteen' ? 1900 : 2000) + sum(parts.slice(1));
}

const sum = (words: string[]) => words.reduce((n, w) => n + (VALUES.get(w) ?? 0), 0);
