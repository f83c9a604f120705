/**
 * The invariance and directional transforms, applied to a line's bracketed text (anchor brackets kept, so the
 * anchor is found again after the change). None of them may change what the anchored claim states.
 */

/** Neutral sentences: no company, no figure, no date. */
const FILLER_BEFORE = 'Here is what we know so far.';
const FILLER_AFTER = 'Readers can find more coverage in our technology section.';
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'to',
  'for',
  'on',
  'at',
  'by',
  'and',
  'or',
  'as',
  'with',
  'from',
  'into',
]);
/** Sentence openers that are not names, so the swapped clause can start in lower case. */
const COMMON_OPENERS = new Set([
  'The',
  'A',
  'An',
  'It',
  'Its',
  'This',
  'That',
  'Some',
  'Such',
  'These',
  'Those',
  'Up',
  'Half',
  'Talks',
  'In',
  'Of',
  'On',
  'Since',
  'Roughly',
  'About',
  'After',
  'Last',
  'Over',
]);

export function withFillerBefore(bracketed: string): string {
  return `${FILLER_BEFORE} ${bracketed}`;
}

export function withFillerAfter(bracketed: string): string {
  return `${bracketed} ${FILLER_AFTER}`;
}

export function renamed(bracketed: string, from: string, to: string): string {
  const word = new RegExp(`\\b${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  if (!word.test(bracketed)) throw new Error(`rename: "${from}" is not in "${bracketed}"`);
  return bracketed.replace(word, to);
}

/** "A ^ B." → "B, a." : the clause marked second comes first. */
export function swapped(marked: string): string {
  const [a, b] = marked.split(' ^ ', 2) as [string, string];
  const end = /[.!?]$/.exec(b)?.[0] ?? '';
  const first = b.slice(0, b.length - end.length);
  const firstWord = /^\[?(\w+)/.exec(a)?.[1] ?? '';
  const second = COMMON_OPENERS.has(firstWord) ? lowerFirstLetter(a) : a;
  return `${upperFirstLetter(first)}, ${second}${end}`;
}

/** The sentence as a headline (title case, no full stop) above a body paragraph that restates nothing. */
export function asHeadline(bracketed: string): string {
  const title = bracketed
    .replace(/[.]$/, '')
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w.toLowerCase())
        ? w
        : w.replace(/^([[("“']*)([a-z])/, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(' ');
  return `${title}\n\n${FILLER_BEFORE} ${FILLER_AFTER}`;
}

/** The anchor's first figure changed: ×3 by default, or `+N` for years. */
export function changedFigure(bracketed: string, dir: { op: 'mul' | 'add'; by: number }): string {
  const open = bracketed.indexOf('[');
  const close = bracketed.indexOf(']');
  const anchor = bracketed.slice(open, close);
  const number = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(anchor);
  if (!number) throw new Error(`dir: no figure in the anchor of "${bracketed}"`);
  const written = number[0];
  const value = Number(written.replace(/,/g, ''));
  const decimals = written.split('.')[1]?.length ?? 0;
  const next = Number((dir.op === 'mul' ? value * dir.by : value + dir.by).toFixed(decimals));
  const formatted = written.includes(',')
    ? next.toLocaleString('en-US', { minimumFractionDigits: decimals })
    : next.toFixed(decimals);
  const at = open + number.index;
  return bracketed.slice(0, at) + formatted + bracketed.slice(at + written.length);
}

function upperFirstLetter(s: string): string {
  return s.replace(/[A-Za-z]/, (c) => c.toUpperCase());
}

function lowerFirstLetter(s: string): string {
  return s.replace(/[A-Za-z]/, (c) => c.toLowerCase());
}
