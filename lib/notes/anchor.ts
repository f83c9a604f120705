/**
 * Finding a note's claim again in a page whose text may have changed since the note was written.
 * First exactly (modulo whitespace, case, curly quotes and dashes), choosing between repeats by the remembered
 * prefix and suffix; then approximately, with a bounded token scorer: a sliding bag-of-words pass over the page
 * (linear) picks a few candidate windows, and a token LCS on each (quote length x 3 quote lengths) scores them.
 * A note that scores too low is reported unplaced, never dropped.
 */
export interface AnchorQuery {
  quote: string;
  prefix?: string;
  suffix?: string;
}

export interface Placement {
  /** 'exact': the quote is on the page as written; 'approximate': a changed but recognisably same passage. */
  status: 'exact' | 'approximate';
  start: number;
  end: number;
  /** 1 for exact; for approximate the token similarity in (0, 1]. */
  score: number;
}

export interface AnchorOptions {
  /** Lowest token similarity accepted as the same passage. */
  minScore?: number;
  /** How many candidate windows get the exact (LCS) scoring. */
  maxCandidates?: number;
}

const MAX_QUOTE_TOKENS = 300;
const CONTEXT_TOKENS = 12;

/** Text folded for comparison, with each folded character's offset in the original. */
interface Folded {
  s: string;
  map: number[];
}

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  // Fast path for ASCII, which is most of an English article.
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return ' ';
    if (code === 96) return "'";
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  }
  if (/\s/.test(c)) return ' ';
  if (/[\u2018\u2019\u201a\u201b\u2032`]/.test(c)) return "'";
  if (/[\u201c\u201d\u201e\u201f\u2033]/.test(c)) return '"';
  if (/[\u2010-\u2015\u2212]/.test(c)) return '-';
  return c.toLowerCase();
}

function fold(text: string): Folded {
  const parts: string[] = [];
  const map: number[] = [];
  // Tracked apart from the output: asking a growing string for its last character would flatten it every time.
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]!);
    if (f === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    for (let k = 0; k < f.length; k++) {
      parts.push(f[k]!);
      map.push(i);
    }
  }
  return { s: parts.join(''), map };
}

function trimFolded(s: string): string {
  return s.replace(/^ +| +$/g, '');
}

function commonSuffixLen(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLen(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function exact(q: AnchorQuery, text: Folded): Placement | null {
  const quote = trimFolded(fold(q.quote).s);
  if (!quote) return null;
  const prefix = trimFolded(fold(q.prefix ?? '').s);
  const suffix = trimFolded(fold(q.suffix ?? '').s);
  let best: { at: number; ctx: number } | null = null;
  let found = 0;
  for (let at = text.s.indexOf(quote); at !== -1 && found < 10_000; at = text.s.indexOf(quote, at + 1), found++) {
    const before = trimFolded(text.s.slice(Math.max(0, at - prefix.length - 1), at));
    const after = trimFolded(text.s.slice(at + quote.length, at + quote.length + suffix.length + 1));
    const ctx = commonSuffixLen(before, prefix) + commonPrefixLen(after, suffix);
    if (!best || ctx > best.ctx) best = { at, ctx };
  }
  if (!best) return null;
  return { status: 'exact', start: text.map[best.at]!, end: text.map[best.at + quote.length - 1]! + 1, score: 1 };
}

interface Token {
  t: string;
  start: number;
  end: number;
}

function tokens(f: Folded): Token[] {
  const out: Token[] = [];
  for (const m of f.s.matchAll(/[\p{L}\p{N}]+/gu)) {
    const i = m.index;
    out.push({ t: m[0], start: f.map[i]!, end: f.map[i + m[0].length - 1]! + 1 });
  }
  return out;
}

/** Share of `want` tokens found in `have` (as a multiset), 0 when `want` is empty. */
function bagOverlap(want: string[], have: string[]): number {
  if (!want.length) return 0;
  const counts = new Map<string, number>();
  for (const t of have) counts.set(t, (counts.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of want) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      hit++;
      counts.set(t, c - 1);
    }
  }
  return hit / want.length;
}

/** Token LCS of q against page[lo, hi): its length and the first and last page tokens it used. */
function lcs(q: string[], page: Token[], lo: number, hi: number): { len: number; first: number; last: number } {
  const m = q.length;
  const r = hi - lo;
  const w = r + 1;
  const dp = new Uint16Array((m + 1) * w);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= r; j++) {
      dp[i * w + j] =
        q[i - 1] === page[lo + j - 1]!.t
          ? dp[(i - 1) * w + j - 1]! + 1
          : Math.max(dp[(i - 1) * w + j]!, dp[i * w + j - 1]!);
    }
  }
  let i = m;
  let j = r;
  let first = -1;
  let last = -1;
  while (i > 0 && j > 0) {
    if (q[i - 1] === page[lo + j - 1]!.t && dp[i * w + j] === dp[(i - 1) * w + j - 1]! + 1) {
      if (last === -1) last = lo + j - 1;
      first = lo + j - 1;
      i--;
      j--;
    } else if (dp[(i - 1) * w + j]! >= dp[i * w + j - 1]!) i--;
    else j--;
  }
  return { len: dp[m * w + r]!, first, last };
}

function approximate(q: AnchorQuery, text: Folded, opts: Required<AnchorOptions>): Placement | null {
  const qt = tokens(fold(q.quote))
    .map((t) => t.t)
    .slice(0, MAX_QUOTE_TOKENS);
  const page = tokens(text);
  const m = qt.length;
  if (!m || !page.length) return null;
  const need = new Map<string, number>();
  for (const t of qt) need.set(t, (need.get(t) ?? 0) + 1);
  // Sliding window of m page tokens: overlap = sum over tokens of min(count in window, count in quote).
  const inWin = new Map<string, number>();
  let overlap = 0;
  const windows: { s: number; overlap: number }[] = [];
  const minOverlap = Math.max(1, Math.ceil(m * opts.minScore * 0.5));
  for (let j = 0; j < page.length; j++) {
    const add = page[j]!.t;
    const c = (inWin.get(add) ?? 0) + 1;
    inWin.set(add, c);
    if (c <= (need.get(add) ?? 0)) overlap++;
    if (j >= m) {
      const drop = page[j - m]!.t;
      const d = inWin.get(drop)!;
      if (d <= (need.get(drop) ?? 0)) overlap--;
      inWin.set(drop, d - 1);
    }
    if (overlap >= minOverlap) windows.push({ s: Math.max(0, j - m + 1), overlap });
  }
  windows.sort((a, b) => b.overlap - a.overlap || a.s - b.s);
  const picked: number[] = [];
  for (const w of windows) {
    if (picked.length >= opts.maxCandidates) break;
    if (picked.every((s) => Math.abs(s - w.s) >= Math.max(1, m >> 1))) picked.push(w.s);
  }
  const pre = tokens(fold(q.prefix ?? ''))
    .map((t) => t.t)
    .slice(-CONTEXT_TOKENS);
  const suf = tokens(fold(q.suffix ?? ''))
    .map((t) => t.t)
    .slice(0, CONTEXT_TOKENS);
  let best: (Placement & { rank: number }) | null = null;
  for (const s of picked) {
    const lo = Math.max(0, s - (m >> 1));
    const hi = Math.min(page.length, s + m + (m >> 1));
    const { len, first, last } = lcs(qt, page, lo, hi);
    if (len === 0) continue;
    const span = last - first + 1;
    const score = (2 * len) / (m + span);
    if (score < opts.minScore || (m >= 2 && len < 2)) continue;
    const before = page.slice(Math.max(0, first - CONTEXT_TOKENS), first).map((t) => t.t);
    const after = page.slice(last + 1, last + 1 + CONTEXT_TOKENS).map((t) => t.t);
    const rank = score + 0.05 * (bagOverlap(pre, before) + bagOverlap(suf, after));
    if (!best || rank > best.rank)
      best = { status: 'approximate', start: page[first]!.start, end: page[last]!.end, score, rank };
  }
  if (!best) return null;
  return { status: best.status, start: best.start, end: best.end, score: best.score };
}

/** Where the quote is in `text` now, or null when it cannot be placed with confidence. */
export function anchorQuote(q: AnchorQuery, text: string, options: AnchorOptions = {}): Placement | null {
  const opts: Required<AnchorOptions> = {
    minScore: options.minScore ?? 0.6,
    maxCandidates: options.maxCandidates ?? 20,
  };
  const folded = fold(text);
  return exact(q, folded) ?? approximate(q, folded, opts);
}

interface Placed<N> {
  note: N;
  placement: Placement;
}

/** Places every note on the text; those that cannot be placed come back in `unplaced`, in their original order. */
export function placeNotes<N extends { target: AnchorQuery }>(
  notes: readonly N[],
  text: string,
  options?: AnchorOptions,
) {
  const placed: Placed<N>[] = [];
  const unplaced: N[] = [];
  for (const note of notes) {
    const p = anchorQuote(note.target, text, options);
    if (p) placed.push({ note, placement: p });
    else unplaced.push(note);
  }
  return { placed, unplaced };
}

/** The claim (by index into `claims`) that overlaps a placed range most, or -1. */
export function claimAt(
  range: { start: number; end: number },
  claims: readonly { start: number; end: number }[],
): number {
  let best = -1;
  let bestOverlap = 0;
  claims.forEach((c, i) => {
    const o = Math.min(c.end, range.end) - Math.max(c.start, range.start);
    if (o > bestOverlap) {
      best = i;
      bestOverlap = o;
    }
  });
  return best;
}

const SEPARATOR = '\n\u2029\n';

/**
 * For pages that only have the claims' reports (text with prefix and suffix), not the page text: anchors a quote
 * among them by laying them end to end, each in its context. Returns the index of the claim, or -1.
 */
export function anchorToClaims(
  q: AnchorQuery,
  claims: readonly { text: string; prefix: string; suffix: string }[],
  options?: AnchorOptions,
): number {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  for (const c of claims) {
    text += c.prefix;
    spans.push({ start: text.length, end: text.length + c.text.length });
    text += c.text + c.suffix + SEPARATOR;
  }
  const p = anchorQuote(q, text, options);
  return p ? claimAt(p, spans) : -1;
}
