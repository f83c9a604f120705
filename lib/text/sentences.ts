import { isSpace } from './chars';

/** A sentence (or headline line) of a text, by offsets into that text. */
export interface Span {
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gov',
  'sen',
  'rep',
  'gen',
  'prof',
  'approx',
  'est',
  'dept',
  'fig',
  'etc',
  'al',
]);

const MAX_SENTENCE = 4000;

/**
 * The longest run of whitespace a sentence may hold; a longer run (of any of the characters `\s` matches: ASCII,
 * tabs, U+2002, U+2003, no-break spaces…) ends the sentence. Several relation patterns have `\s*` next to `\s+`,
 * which backtracks quadratically in the length of a run: bounding every run bounds that work by a constant, for every
 * pattern at once (the text map collapses ASCII runs in pages, but not the other spaces, and `.txt` files keep all).
 */
export const MAX_SPACE_RUN = 16;

/**
 * Splits text into sentences: at line breaks (headlines and list items stand alone), at runs of more than
 * MAX_SPACE_RUN whitespace characters, and at . ! ? followed by space and a capital, digit or quote, except after
 * abbreviations and initials. Linear in the text; very long runs with no sentence end are cut into pieces of at most
 * MAX_SENTENCE characters so later stages stay linear too.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    for (let a = s; a < e; a += MAX_SENTENCE) out.push({ start: a, end: Math.min(e, a + MAX_SENTENCE) });
    start = end;
  };
  // The regex engine jumps from one candidate character to the next far faster than a loop over every character.
  const candidate = new RegExp(`[\\n\\r.!?]|\\s{${MAX_SPACE_RUN + 1},}`, 'g');
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch.length > 1 || ch === '\n' || ch === '\r') {
      push(i);
      continue;
    }
    let j = i + 1;
    while (j < text.length && isCloser(text.charCodeAt(j))) j++;
    if (j < text.length && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) continue;
    let k = j;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < text.length && !isOpener(text.charCodeAt(k))) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    push(j);
  }
  push(text.length);
  return out;
}

// Character tests on char codes: a regex test per character allocates a one-character string each time.
/** `/["'”’)\]]/`: closing quotes and brackets that may follow a sentence's final mark. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}
/** `/[A-Z0-9"“‘'(\[]/`: what a new sentence may start with. */
function isOpener(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 34 ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 39 ||
    c === 40 ||
    c === 91
  );
}
/** `/[A-Za-z.]/` */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isWordChar(text.charCodeAt(s - 1)) && dot - s < 12) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter: an initial ("T. Rowe Price").
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]!);
}
