import type { Qualifier, Quantity } from '../claims/types';
import { isSpace, lastWord } from './chars';

// "16,000", "134.2". Thousands grouped by spaces ("16 000") are not read: "50 505%" could be two figures.
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE_WORD = 'trillion|billion|million|thousand';
const SCALE = `${SCALE_WORD}|tn|bn|b|mn|m|k`;

// Figures: the first alternative that matches at a position wins, so money is tried before bare numbers. A bare figure
// is read once and its endings tried in turn (currency word, percent sign, scale word or nothing): the same matches as
// three alternatives each starting with the figure, since a shorter reading of a figure always ends before a digit,
// comma or point, where none of those endings can start.
const FIGURE_SOURCE = [
  String.raw`(?<cur>US\$|C\$|A\$|\$|€|£|\bUSD\s?|\bEUR\s?)\s?(?<n1>${NUM})(?:[\s-]?(?<sc1>${SCALE})\b)?`,
  String.raw`\b(?<n2>${NUM})(?:\s?(?<sc2>${SCALE})?\s(?<curw>dollars?|euros?|pounds|yen|usd|eur)\b|\s?(?<pct>%|percent\b|per cent\b)|(?:\s(?<sc4>${SCALE_WORD})\b|(?<sc5>[kK])\b)?)`,
].join('|');
const UNIT_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORD = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const BELOW_HUNDRED = `(?:${TENS_WORD})(?:[- ](?:${UNIT_WORD}))?|${TEEN_WORD}|${UNIT_WORD}`;
/** "fifty", "twenty-five", "eight hundred thirty", "a hundred and ten". */
const NUMBER_WORD = `(?:${UNIT_WORD}|a) hundred(?: and)?(?: (?:${BELOW_HUNDRED}))?|${BELOW_HUNDRED}`;
const NUMBER_VALUES: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The value of a number written in words as NUMBER_WORD matches it. */
function wordsValue(words: string): number {
  let n = 0;
  for (const w of words.toLowerCase().split(/[- ]+/)) {
    if (w === 'hundred') n *= 100;
    else if (w !== 'and') n += NUMBER_VALUES[w] ?? 0;
  }
  return n;
}
// Fractions, vague magnitudes and figures written in words ("fifty billion dollars").
const WORD_SOURCE = [
  // One group only: the two regexes are told apart by their numbers of groups (see isFigure).
  String.raw`\bhalf an?\s(?<hsc>trillion|billion|million)\b(?:\sdollars?\b)?`,
  String.raw`\b(?<frac>half|one[- ]third|a third|two[- ]thirds|one[- ]quarter|a quarter|three[- ]quarters)\b`,
  String.raw`\b(?<vague>(?:(?:low|mid|high)[- ])?(?:single|double|triple)[- ]digits?|(?:low|mid|high)[- ]teens|(?:hundreds|tens) of)(?:\s(?<vsc>billions|millions))?`,
  String.raw`\b(?<wnum>${NUMBER_WORD})\s(?<wsc>trillion|billion|million|thousand)\b(?:\s(?<wcur>dollars?)\b)?`,
].join('|');
/**
 * Every quantity as one regex would find it. The two halves are run apart, each only where it can match: a figure
 * needs a digit, a word quantity one of WORD_QUANTITY_WORDS. A match of one half never overlaps a match of the other
 * (figures hold no such words, word quantities no digit, currency sign or currency code), so together they find what
 * this one regex finds; most sentences have neither, and the word half alone costs as much as the figures.
 */
export const QUANTITY_SOURCE = `${FIGURE_SOURCE}|${WORD_SOURCE}`;
const WORD_QUANTITY_WORDS = /half|third|quarter|digit|teens|hundreds|tens|illion|thousand/i;
const HAS_DIGIT = /\d/;

// Named in the source for reading, numbered in the regex: a match with named groups builds an object of all of them.
const groups = (source: string) =>
  Object.fromEntries([...source.matchAll(/\(\?<(\w+)>/g)].map((m, i) => [m[1]!, i + 1]));
const {
  cur: CUR,
  n1: N1,
  sc1: SC1,
  n2: N2,
  sc2: SC2,
  curw: CURW,
  pct: PCT,
  sc4: SC4,
  sc5: SC5,
} = groups(FIGURE_SOURCE) as Record<'cur' | 'n1' | 'sc1' | 'n2' | 'sc2' | 'curw' | 'pct' | 'sc4' | 'sc5', number>;
const {
  hsc: HSC,
  frac: FRAC,
  vague: VAGUE,
  vsc: VSC,
  wnum: WNUM,
  wsc: WSC,
  wcur: WCUR,
} = groups(WORD_SOURCE) as Record<'hsc' | 'frac' | 'vague' | 'vsc' | 'wnum' | 'wsc' | 'wcur', number>;
/** Things counted in billions that are not money: "two billion users". */
const COUNTED_AFTER =
  /^\s+(?:users|people|customers|subscribers|devices|downloads|visits|views|parameters|tokens|queries|messages)\b/i;
const numbered = (source: string) => new RegExp(source.replace(/\(\?<\w+>/g, '('), 'gi');
const FIGURE = numbered(FIGURE_SOURCE);
const WORD_QUANTITY = numbered(WORD_SOURCE);

const SCALES: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  billions: 1e9,
  millions: 1e6,
};
const CURRENCIES: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  dollars: 'USD',
  dollar: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euros: 'EUR',
  euro: 'EUR',
  '£': 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  c$: 'CAD',
  a$: 'AUD',
};
const FRACTIONS: Record<string, number> = {
  half: 0.5,
  'one third': 1 / 3,
  'a third': 1 / 3,
  'two thirds': 2 / 3,
  'one quarter': 0.25,
  'a quarter': 0.25,
  'three quarters': 0.75,
};

export const QUALIFIER_BEFORE: [RegExp, Qualifier][] = [
  [/\b(?:up to|as much as|as high as|as many as|a maximum of)\s*$/i, 'up-to'],
  [
    /\b(?:more than|over|above|beyond|surpass(?:es|ing|ed)?|exceed(?:s|ing|ed)?|in excess of|north of|upwards? of|topping)\s*$/i,
    'more-than',
  ],
  [/\b(?:at least|a minimum of|no less than)\s*$/i, 'at-least'],
  [/\b(?:less than|under|below|fewer than|up to but under)\s*$/i, 'less-than'],
  [
    /\b(?:about|around|roughly|approximately|approx\.|nearly|almost|close to|near|some|an estimated|towards?(?: the)?|circa|or so|just over|just under)\s*$/i,
    'about',
  ],
];
/**
 * The last word of every phrase in QUALIFIER_BEFORE. A phrase can only end right before a figure (spaces aside) when
 * the word there is one of these, so most figures skip the five end-anchored regexes, which try every position.
 */
const QUALIFIER_LAST_WORDS = new Set([
  'to',
  'as',
  'of',
  'than',
  'over',
  'above',
  'beyond',
  'surpass',
  'surpasses',
  'surpassing',
  'surpassed',
  'exceed',
  'exceeds',
  'exceeding',
  'exceeded',
  'topping',
  'least',
  'under',
  'below',
  'about',
  'around',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'near',
  'some',
  'estimated',
  'toward',
  'towards',
  'the',
  'circa',
  'so',
]);

/** Whether text[from, to) ends in a word (then spaces) that can end a qualifier phrase ("approx." included). */
export function mayEndInQualifier(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > from && text.charCodeAt(e - 1) === 46) return lastWord(text, from, e - 1) === 'approx';
  return QUALIFIER_LAST_WORDS.has(lastWord(text, from, e));
}

export const QUALIFIER_AFTER: [RegExp, Qualifier][] = [[/^\s*(?:or more|plus|and up|or higher)\b|^\+/i, 'at-least']];

/** Whether text[from, to) starts (spaces aside) with the first letter of a phrase in QUALIFIER_AFTER. */
export function mayStartQualifier(text: string, from: number, to: number): boolean {
  let s = from;
  while (s < to && isSpace(text.charCodeAt(s))) s++;
  const c = text.charCodeAt(s) | 32;
  return s < to && (c === 111 || c === 112 || c === 97 || text.charCodeAt(from) === 43); // o, p, a, or "+" right after
}

const VAGUE_RANGES: [RegExp, number, number][] = [
  [/^low[- ]single/i, 1, 3],
  [/^mid[- ]single/i, 4, 6],
  [/^high[- ]single/i, 7, 9],
  [/^single/i, 1, 9],
  [/^low[- ]double/i, 10, 30],
  [/^mid[- ]double/i, 40, 60],
  [/^high[- ]double/i, 70, 99],
  [/^double/i, 10, 99],
  [/^low[- ]triple/i, 100, 300],
  [/^triple/i, 100, 999],
  [/^low[- ]teens/i, 13, 15],
  [/^mid[- ]teens/i, 14, 17],
  [/^high[- ]teens/i, 17, 19],
  [/^hundreds of/i, 100, 999],
  [/^tens of/i, 10, 99],
];

// Scale words are nearly always written in lower case: no new string for those.
const scaleWord = (word: string) => SCALES[word] ?? SCALES[word.toLowerCase()]!;
/** `/^(19|20)\d\d$/` on a figure as QUANTITY matched it (digits, commas, one point). */
const isYear = (n: string) =>
  n.length === 4 && (n.startsWith('19') || n.startsWith('20')) && isDigit(n.charCodeAt(2)) && isDigit(n.charCodeAt(3));
const isDigit = (c: number) => c >= 48 && c <= 57;
// "$" is a key as written; "US$ " or "Usd" are looked up trimmed and lower-cased.
const currencyOf = (written: string): string | undefined =>
  CURRENCIES[written] ?? CURRENCIES[written.trim().toLowerCase()];
/** A figure's value: whole numbers of up to 15 digits read digit by digit (exact), others by `Number`. */
function num(s: string): number {
  let n = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44) continue;
    if (c < 48 || c > 57 || ++digits > 15) return Number(s.includes(',') ? s.replace(/,/g, '') : s);
    n = n * 10 + (c - 48);
  }
  return n;
}

/** A share written as a percentage ("50%") as the fraction it is (0.5); other quantities as they are. */
export function asFraction(q: Quantity): Quantity {
  return q.kind === 'percent' ? { ...q, kind: 'fraction', value: q.value / 100 } : q;
}

/**
 * Finds every money figure, count, percentage, fraction, year and vague magnitude in `text[from, to)`, with the
 * qualifier around it ("up to", "more than", "or more") and ranges ("$750 billion to $830 billion") merged.
 * Offsets are into `text`. Never throws; linear in the length of the slice.
 */
export function findQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const slice = text.slice(from, to);
  const found: Quantity[] = [];
  for (const m of quantityMatches(slice)) {
    // Offsets are made absolute when the object is built: adding to them afterwards is a store into objects of
    // many shapes, which V8 handles slowly.
    const q = isFigure(m) ? toFigure(m, from) : toWordQuantity(m, from);
    if (!q) continue;
    qualify(text, q);
    found.push(q);
  }
  return mergeRanges(text, found);
}

/** The matches of QUANTITY_SOURCE in `slice`, in order: figures and word quantities merged by position. */
export function quantityMatches(slice: string): RegExpExecArray[] {
  const figures = HAS_DIGIT.test(slice) ? all(FIGURE, slice) : [];
  if (!WORD_QUANTITY_WORDS.test(slice)) return figures;
  const words = all(WORD_QUANTITY, slice);
  if (figures.length === 0) return words;
  const out: RegExpExecArray[] = [];
  let i = 0;
  let j = 0;
  while (i < figures.length || j < words.length) {
    if (j >= words.length || (i < figures.length && figures[i]!.index < words[j]!.index)) out.push(figures[i++]!);
    else out.push(words[j++]!);
  }
  return out;
}

// The two regexes have different numbers of groups, so a match's length tells which one found it.
const FIGURE_LENGTH = FIGURE.exec('1')!.length;
const isFigure = (m: RegExpExecArray) => m.length === FIGURE_LENGTH;

function all(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}

function toFigure(m: RegExpExecArray, from: number): Quantity {
  const start = from + m.index;
  const end = from + m.index + m[0].length;
  // Object literals with their keys in one order (qualifier, start, end, kind, value...) rather than spreads of a
  // base object: the same objects, built several times faster.
  const exact = 'exact' as Qualifier;
  const n1 = m[N1];
  if (n1 !== undefined) {
    const sc = m[SC1];
    return {
      qualifier: exact,
      start,
      end,
      kind: 'money',
      value: num(n1) * (sc ? scaleWord(sc) : 1),
      currency: currencyOf(m[CUR]!) ?? 'USD',
    };
  }
  const n2 = m[N2]!;
  const curw = m[CURW];
  if (curw !== undefined) {
    const sc = m[SC2];
    return {
      qualifier: exact,
      start,
      end,
      kind: 'money',
      value: num(n2) * (sc ? scaleWord(sc) : 1),
      currency: CURRENCIES[curw.toLowerCase()],
    };
  }
  const n = num(n2);
  if (m[PCT] !== undefined) return { qualifier: exact, start, end, kind: 'percent', value: n };
  const sc = m[SC4];
  if (sc) return { qualifier: exact, start, end, kind: 'count', value: n * scaleWord(sc) };
  // "16K jobs": a count in thousands.
  if (m[SC5]) return { qualifier: exact, start, end, kind: 'count', value: n * 1e3 };
  if (isYear(n2)) return { qualifier: exact, start, end, kind: 'year', value: n };
  return { qualifier: exact, start, end, kind: 'count', value: n };
}

function toWordQuantity(m: RegExpExecArray, from: number): Quantity | undefined {
  const start = from + m.index;
  const end = from + m.index + m[0].length;
  const frac = m[FRAC];
  if (frac !== undefined) {
    return {
      qualifier: 'exact',
      start,
      end,
      kind: 'fraction',
      value: FRACTIONS[frac.toLowerCase().replace('-', ' ')]!,
    };
  }
  const half = m[HSC] !== undefined;
  const wnum = m[WNUM];
  if (wnum !== undefined || half) {
    // "half a trillion dollars": a half of the scale, read as a number in words is.
    const n = half ? 0.5 : wordsValue(wnum!);
    const scale = scaleWord(half ? m[HSC]! : m[WSC]!);
    const written = half ? /dollars?$/i.test(m[0]) : m[WCUR] !== undefined;
    // "sixteen thousand jobs": thousands in words are a count.
    if (scale === 1e3 && !written) return { qualifier: 'exact', start, end, kind: 'count', value: n * scale };
    // A figure in words is money where it says dollars, or counts billions of something not named as counted.
    if (
      !written &&
      (scale < 1e9 || COUNTED_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 20)))
    )
      return undefined;
    return { qualifier: 'exact', start, end, kind: 'money', value: n * scale, currency: 'USD' };
  }
  const vague = m[VAGUE]!;
  const range = VAGUE_RANGES.find(([re]) => re.test(vague));
  if (!range) return undefined;
  const vsc = m[VSC];
  const scale = vsc ? scaleWord(vsc) : 1;
  return {
    qualifier: 'range',
    start,
    end,
    kind: 'money',
    value: range[1] * scale,
    high: range[2] * scale,
    vague: true,
    unscaled: !vsc,
    currency: 'USD',
  };
}

function qualify(text: string, q: Quantity) {
  if (q.vague) return;
  // "~$830B", "≈ $50bn": the sign of an approximate figure.
  let sign = q.start;
  while (sign > 0 && text.charCodeAt(sign - 1) === 32) sign--;
  if (sign > 0 && (text[sign - 1] === '~' || text[sign - 1] === '≈')) {
    q.qualifier = 'about';
    q.start = sign - 1;
    return;
  }
  const from = Math.max(0, q.start - 40);
  const before = mayEndInQualifier(text, from, q.start) ? text.slice(from, q.start) : '';
  for (const [re, qual] of before ? QUALIFIER_BEFORE : []) {
    const m = re.exec(before);
    if (m) {
      q.qualifier = qual;
      q.start -= m[0].length;
      return;
    }
  }
  const after = mayStartQualifier(text, q.end, q.end + 20) ? text.slice(q.end, q.end + 20) : '';
  for (const [re, qual] of after ? QUALIFIER_AFTER : []) {
    const m = re.exec(after);
    if (m) {
      q.qualifier = qual;
      q.end += m[0].length;
      return;
    }
  }
}

// Either joiner below; most neighbouring figures have other words between them and stop here.
export const ANY_JOINER = /^\s*(?:and|to|-|–|—)\s*$/;

/** Whether text[from, to) can be a joiner: its first character after spaces starts one ("and", "to", a dash). */
export function mayBeJoiner(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return i < to && (c === 97 || c === 116 || c === 45 || c === 0x2013 || c === 0x2014);
}

/** "$750 billion to $830 billion", "between $36 and $60 billion": one range, the scale of the second applied to a bare first. */
function mergeRanges(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1];
    if (
      b &&
      a.kind === b.kind &&
      (a.kind === 'money' || a.kind === 'count' || a.kind === 'percent') &&
      !a.vague &&
      !b.vague &&
      (a.qualifier === 'exact' || a.qualifier === 'about') &&
      b.qualifier === 'exact' &&
      mayBeJoiner(text, a.end, b.start) &&
      ANY_JOINER.test(text.slice(a.end, b.start))
    ) {
      const gap = text.slice(a.end, b.start);
      const between = /\bbetween\s*$/i.exec(text.slice(Math.max(0, a.start - 10), a.start));
      const joiner = between ? /^\s*(?:and|to|-|–|—)\s*$/ : /^\s*(?:to|-|–|—)\s*$/;
      if (joiner.test(gap) && (a.qualifier === 'exact' || a.qualifier === 'about') && b.qualifier === 'exact') {
        let low = a.value;
        // "$36 and $60 billion": the first figure borrows the second's scale.
        if (low < b.value / 1000 && a.kind === 'money') low *= scaleOf(b.value);
        if (low < b.value) {
          out.push({
            ...a,
            value: low,
            high: b.value,
            qualifier: 'range',
            start: between ? a.start - between[0].length : a.start,
            end: b.end,
          });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

function scaleOf(v: number): number {
  for (const s of [1e12, 1e9, 1e6, 1e3]) if (v >= s) return s;
  return 1;
}
