/** A sentence (or headline line) of a text, by offsets into that text. */
export interface Span {
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'no', 'u.s', 'u.k', 'e.g',
  'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gov', 'sen', 'rep',
  'gen', 'prof', 'approx', 'est', 'dept', 'fig', 'etc', 'al',
]);

const MAX_SENTENCE = 4000;

/**
 * Splits text into sentences: at line breaks (headlines and list items stand alone) and at . ! ? followed by space and
 * a capital, digit or quote, except after abbreviations and initials. Linear in the text; very long runs with no
 * sentence end are cut into pieces of at most MAX_SENTENCE characters so later stages stay linear too.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    for (let a = s; a < e; a += MAX_SENTENCE) out.push({ start: a, end: Math.min(e, a + MAX_SENTENCE) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j < text.length && text[j] !== ' ' && text[j] !== '\t') continue;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = text[k];
    if (next !== undefined && !/[A-Z0-9"“‘'(\[]/.test(next)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    push(j);
  }
  push(text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1]!) && dot - s < 12) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter: an initial ("T. Rowe Price").
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]!);
}
