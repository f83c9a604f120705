/** A date named in text, as precise as the text is: "2025-10-02", "2025-10", "2025", or "*-10" for a month with no year. */
export interface DateMention {
  start: number;
  end: number;
  date: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = new RegExp(
  [
    String.raw`\b(?<iy>(?:19|20)\d\d)-(?<im>[01]\d)-(?<id>[0-3]\d)\b`,
    String.raw`\b(?<um>1[0-2]|0?[1-9])/(?<ud>3[01]|[12]\d|0?[1-9])/(?<uy>(?:19|20)\d\d)\b`,
    String.raw`\b(?<mm>${MONTH})(?:\s+(?<md>[0-3]?\d)(?:st|nd|rd|th)?)?(?:,?\s+(?<my>(?:19|20)\d\d))?\b`,
  ].join('|'),
  'g',
);

const pad = (n: number) => String(n).padStart(2, '0');

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

/** Dates in text[from, to). "May" alone is too ambiguous ("may reach") and is only taken with a day or year. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const out: DateMention[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(slice); m; m = DATE.exec(slice)) {
    const g = m.groups!;
    let date: string | undefined;
    if (g.iy) date = `${g.iy}-${g.im}-${g.id}`;
    else if (g.uy) date = `${g.uy}-${pad(+g.um!)}-${pad(+g.ud!)}`;
    else if (g.mm) {
      const month = monthIndex(g.mm);
      const bare = !g.md && !g.my;
      if (
        bare &&
        (/^may$/i.test(g.mm) ||
          !/^[A-Z]/.test(g.mm) ||
          g.mm.length < 4 ||
          (/^(March|June|July)$/.test(g.mm) && !precededByPreposition(slice, m.index)))
      )
        continue;
      if (g.my) date = g.md ? `${g.my}-${pad(month)}-${pad(+g.md)}` : `${g.my}-${pad(month)}`;
      else date = `*-${pad(month)}`;
    }
    if (date) out.push({ start: from + m.index, end: from + m.index + m[0].length, date });
  }
  return out;
}

function precededByPreposition(text: string, at: number): boolean {
  return /\b(?:in|since|last|this|next|early|late|mid|by|from|until|of)\s+$/i.test(text.slice(Math.max(0, at - 8), at));
}

/** How far into a text its dateline or byline date can be: a date named later is about something else. */
const OPENING = 400;

/**
 * The article's date, where its opening states one (a dateline, a byline date): the latest date there with at least a
 * month and a year. A date named further on is only a date the article mentions: an article that mentions October 2025
 * may have been written any time after, so it says nothing of when the article was written.
 */
export function documentDate(text: string): string | undefined {
  return latestDate(text.slice(0, OPENING));
}

/** The latest date with at least a month and a year that the text names anywhere: a lower bound of its date. */
export function latestDateMentioned(text: string): string | undefined {
  return latestDate(text.slice(0, 200_000));
}

function latestDate(text: string): string | undefined {
  let best: string | undefined;
  for (const d of findDates(text)) {
    if (d.date.startsWith('*') || d.date.length < 7) continue;
    if (!best || d.date > best) best = d.date;
  }
  return best;
}

/** Compares two dates at the precision both have: -1, 0 (same or unknowable) or 1. */
export function compareDates(a: string, b: string): number {
  // A month of an unknown year ("*-10") cannot be ordered against a dated one: October of which year?
  if ((a.charCodeAt(0) === 42) !== (b.charCodeAt(0) === 42)) return 0;
  // Field by field, as `a.split('-')` against `b.split('-')` would be compared, without building those arrays: this is
  // asked several times per claim judged.
  let i = 0;
  let j = 0;
  while (i <= a.length && j <= b.length) {
    let ie = a.indexOf('-', i);
    if (ie < 0) ie = a.length;
    let je = b.indexOf('-', j);
    if (je < 0) je = b.length;
    if (!isWildcard(a, i, ie) && !isWildcard(b, j, je)) {
      const order = compareFields(a, i, ie, b, j, je);
      if (order !== 0) return order;
    }
    i = ie + 1;
    j = je + 1;
  }
  return 0;
}

const isWildcard = (s: string, from: number, to: number) => to - from === 1 && s.charCodeAt(from) === 42;

/** a[ai, ae) against b[bi, be) as strings compare. */
function compareFields(a: string, ai: number, ae: number, b: string, bi: number, be: number): number {
  for (; ai < ae && bi < be; ai++, bi++) {
    const d = a.charCodeAt(ai) - b.charCodeAt(bi);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return ae - ai < be - bi ? -1 : ae - ai > be - bi ? 1 : 0;
}
