import type { EventCues, Quantity } from './types';
import { perSentence, type SentenceContext } from './context';
import { lowerBound } from '../lower-bound';
import { FUNDING_WORDS, wholeWords } from './funding-words';

const COMPLETED =
  /\b(?:raised|closed|closes|completed|completes|secures|finali[sz]es|finali[sz]ed|wrapped up|secured|has invested|have invested|had invested|invested|has put|poured|was valued|were let go|laid off|cut|eliminated|led|backed|participated|took part|received)\b/g;
const PROSPECTIVE =
  /\b(?:talks?|discussions?|discussing|negotiat\w*|consider\w*|could|would|may|might|plans?|planning|seek\w*|expected|potential\w*|propos\w*|nears?|close to|verge|poised|aims?|mull(?:s|ing)?|weigh(?:s|ing)?|exploring|prospective|reportedly|if (?:finali[sz]ed|agreed|approved|signed|completed)|is set to|likely)\b/g;

const EARLIER = /\b(?:ago|earlier this year|last year|previous(?:ly)?|prior|earlier(?! than))\b/g;
const TRANCHE = /\btranche\b/g;
const SECONDARY = /\bsecondary\b|\btender\b|\bshare sale\b|\bsale of (?:employee )?shares\b/g;
// The shared vocabulary alone. Not "raised": that money came in says nothing of the kind of financing (a secondary
// sale or a tranche is raised too), and it is a COMPLETED cue here.
const FUNDING = new RegExp(wholeWords(FUNDING_WORDS), 'g');
const INCREMENT_NEAR = /\b(?:another|additional|further|extra|follow-on|fresh)\b|\bmore\b(?!\s+than)/g;
const BASELINE_WORD = /from|with|to/;
// "$35 billion of that sum", "starting with $15bn": a part of the party's figure, never the whole of it.
const PART_AFTER =
  /^\s*(?:of (?:that|this|the|its) (?:sum|amount|total|figure|investment|commitment|money|pledge)|of which|of it)\b/;
const PART_BEFORE =
  /\b(?:starting with|beginning with|initial(?:ly)?|first (?:tranche|portion|installment|instalment|phase|part)(?: of)?|upfront)\s+(?:(?:about|around|roughly|some|an?)\s+)?$/;
// "up to $60 billion combined": several companies' figure together.
const JOINT = /\b(?:combined|together|jointly|collectively|between them|in aggregate)\b/;
// "the latest round", "the final figure", "has closed": the event as it stands when the article was written.
const CURRENT =
  /\b(?:latest|newest|new|current|ongoing|final|finali[sz]ed|(?:has|have) (?:now |just |officially )?(?:closed|raised|secured|completed|wrapped up)|closes|raises|secures|completes)\b/g;
// "Amazon's largest acquisition to date": a record among single deals, not a running total. The look back runs only
// where "to date" matched, over single spaces: a long run of spaces costs nothing.
const IN_TOTAL =
  /\b(?:has|have) (?:already )?(?:invested|put|committed|poured)\b|\bin total\b|\bso far\b|\bto date\b(?<!\b(?:biggest|largest|priciest|costliest|highest|most expensive|most costly)(?:[- ]ever)? (?:[a-z-]+ ){0,2}to date)|\baltogether\b|\bcumulative\b|\bbring(?:s|ing)? (?:its|their|the) (?:total|overall|holding|stake)\b|\bownership (?:interest|stake)\b|\bwith the (?:latest|new|additional) (?:injection|investment|tranche|funding)\b/g;

/** Start and end offsets (into the sentence) of each match, flattened. */
type Spans = number[];

/**
 * Cue words of five kinds in one scan, each kind's regex a numbered group. No two kinds' words overlap, so each kind
 * gets exactly the matches its own regex finds (a test checks it).
 */
export const GROUPED_CUES = {
  earlier: EARLIER,
  tranche: TRANCHE,
  total: IN_TOTAL,
  secondary: SECONDARY,
  funding: FUNDING,
};
type GroupedKind = keyof typeof GROUPED_CUES;
const KINDS = Object.keys(GROUPED_CUES) as GroupedKind[];
const GROUPED_SCAN = new RegExp(KINDS.map((k) => `(${GROUPED_CUES[k].source})`).join('|'), 'g');

/** The spans of each kind of GROUPED_CUES in a lower-cased sentence. */
export function groupedCues(lower: string): Record<GroupedKind, Spans> {
  const out: Record<GroupedKind, Spans> = { earlier: [], tranche: [], total: [], secondary: [], funding: [] };
  GROUPED_SCAN.lastIndex = 0;
  for (let m = GROUPED_SCAN.exec(lower); m; m = GROUPED_SCAN.exec(lower)) {
    let group = 1;
    while (m[group] === undefined) group++;
    out[KINDS[group - 1]!].push(m.index, m.index + m[0].length);
  }
  return out;
}
const groupedOf = perSentence((ctx) => groupedCues(ctx.lower));

/**
 * The cue words of a sentence, found once per sentence: a sentence with many figures would otherwise scan the same
 * words once per figure. A claim's window then takes the matches lying wholly inside it.
 */
const spansByRegex = perSentence(() => new Map<RegExp, Spans>());
function spansOf(ctx: SentenceContext, re: RegExp): Spans {
  const byRe = spansByRegex(ctx);
  let spans = byRe.get(re);
  if (!spans) {
    spans = [];
    re.lastIndex = 0;
    for (let m = re.exec(ctx.lower); m; m = re.exec(ctx.lower)) spans.push(m.index, m.index + m[0].length);
    byRe.set(re, spans);
  }
  return spans;
}

/** Distance from [at, end) to the nearest match within [lo, hi): to the match's end when it is before, to its start after. */
function nearestTo(spans: Spans, lo: number, hi: number, at: number, end: number): number {
  let best = Infinity;
  for (let i = firstFrom(spans, lo); i < spans.length && spans[i]! < hi; i += 2) {
    const s = spans[i]!;
    const e = spans[i + 1]!;
    if (e > hi) continue;
    const d = e <= at ? at - e : s >= end ? s - end : 0;
    if (d < best) best = d;
  }
  return best;
}

function anyWithin(spans: Spans, lo: number, hi: number): boolean {
  for (let i = firstFrom(spans, lo); i < spans.length && spans[i]! < hi; i += 2) if (spans[i + 1]! <= hi) return true;
  return false;
}

/** Whether a match starts within [lo, hi). */
function startsWithin(spans: Spans, lo: number, hi: number): boolean {
  const i = firstFrom(spans, lo);
  return i < spans.length && spans[i]! < hi;
}

/** The index of the first span starting at or after `lo`: one regex's matches come in order and never overlap. */
function firstFrom(spans: Spans, lo: number): number {
  return lowerBound(spans.length >> 1, (i) => spans[i * 2]! < lo) * 2;
}

/** The years of a sentence introduced by "in", "since"...: dates of events. */
const eventYears = perSentence((ctx): Quantity[] =>
  ctx.quantities.filter(
    (q) =>
      q.kind === 'year' &&
      /\b(?:in|since|during|of|by)\s*$/i.test(ctx.doc.text.slice(Math.max(0, q.start - 7), q.start)),
  ),
);

/**
 * Where a claim's event stands: in talks or done, when, which kind of financing, whether the figure is an increment or
 * a running total. Read from the words around the claim (`from`..`to` are absolute offsets of its figure).
 */
export function eventCues(ctx: SentenceContext, from: number, to: number): EventCues {
  const words: string[] = [];
  const lo = Math.max(0, from - ctx.start - 140);
  const hi = Math.min(ctx.sentence.length, to - ctx.start + 60);
  const at = from - ctx.start;
  const end = to - ctx.start;
  const cues: EventCues = { words };

  const done = nearestTo(spansOf(ctx, COMPLETED), lo, hi, at, at);
  const planned = nearestTo(spansOf(ctx, PROSPECTIVE), lo, hi, at, at);
  // "close to finalizing", "on the verge of completing": the talk of completion is itself prospective.
  if (
    done < planned &&
    !/\b(?:close to|verge of|near(?:ing)?|expected to|set to|about to)\s+\w+$/.test(
      ctx.lower.slice(lo, Math.max(lo, at)),
    )
  ) {
    cues.status = 'completed';
  } else if (planned < Infinity) cues.status = 'prospective';
  if (anyWithin(groupedOf(ctx).earlier, lo, hi) && cues.status !== 'prospective') cues.status = 'completed';

  // The kind of financing named nearest the figure: "a $100 billion round ... after a secondary sale last October" is
  // a funding round, the secondary sale's figure is the sale's.
  const grouped = groupedOf(ctx);
  const kinds: [NonNullable<EventCues['round']>, number][] = [
    ['secondary', nearestTo(grouped.secondary, 0, ctx.sentence.length, at, end)],
    ['tranche', nearestTo(grouped.tranche, lo, hi, at, end)],
    ['funding-round', nearestTo(grouped.funding, 0, ctx.sentence.length, at, end)],
  ];
  let bestKind = Infinity;
  for (const [kind, d] of kinds) if (d < bestKind) [cues.round, bestKind] = [kind, d];

  // Matched in the whole sentence, so a window's edge never cuts "more than" into an increment's "more".
  if (startsWithin(spansOf(ctx, INCREMENT_NEAR), at - 30, end + 25)) cues.incremental = true;
  if (anyWithin(groupedOf(ctx).total, lo, hi)) {
    cues.total = true;
    words.push('in total');
  }

  const before = ctx.lower.slice(Math.max(0, from - ctx.start - 30), from - ctx.start);
  const after = ctx.lower.slice(to - ctx.start, to - ctx.start + 30);
  // Each phrase before the figure ends in "from", "with" or "to" (a word at most after it): a cheap test first.
  // "said it had completed a $41 billion investment": the past perfect places the event before the one reported.
  if (
    /\bhad (?:already |previously |earlier )?[a-z]+(?:ed|en|id|ut)\s+(?:an?\s+|its\s+|the\s+)?$/.test(before) ||
    (BASELINE_WORD.test(before) &&
      /\b(?:up|down|rising|falling|rose|fell|climbing|increased?|decreased?|compared)\s+(?:from|with|to)\s+(?:\w+\s+)?$|\bfrom\s+(?:about|around|roughly|nearly)?\s*$/.test(
        before,
      )) ||
    /^\s*(?:a year|two years|a quarter) (?:earlier|ago|before)\b|^\s*(?:last|the previous|the prior) year\b/.test(after)
  ) {
    cues.baseline = true;
    words.push('earlier figure');
  }
  if (PART_AFTER.test(after) || PART_BEFORE.test(before)) {
    cues.part = true;
    words.push('part of a figure');
  }
  if (
    JOINT.test(ctx.lower.slice(Math.max(0, from - ctx.start - 40), Math.min(ctx.sentence.length, to - ctx.start + 40)))
  ) {
    cues.joint = true;
    words.push('joint figure');
  }
  if (anyWithin(spansOf(ctx, CURRENT), lo, hi)) cues.current = true;
  const date = nearestDate(ctx, from);
  if (date) cues.date = date;
  if (cues.status) words.push(cues.status === 'completed' ? 'completed' : 'in talks/planned');
  if (cues.round) words.push(cues.round);
  if (cues.date) words.push(cues.date);
  if (cues.incremental) words.push('increment');
  return cues;
}

/**
 * The date named closest to the claim in its sentence, with a bare month placed in the year before the article's date.
 * A date with another money figure between it and the claim is that figure's ("$100 billion, validating a $500 billion
 * valuation set last October").
 */
function nearestDate(ctx: SentenceContext, at: number): string | undefined {
  let best: { d: number; date: string } | undefined;
  const between = (pos: number) =>
    ctx.quantities.some(
      (q) =>
        q.kind === 'money' &&
        q.start !== at &&
        (pos < at ? q.start > pos && q.start < at : q.start > at && q.start < pos),
    );
  for (const m of ctx.dates) {
    const d = Math.abs(m.start - at);
    if ((!best || d < best.d) && !between(m.start)) best = { d, date: m.date };
  }
  for (const y of eventYears(ctx)) {
    const d = Math.abs(y.start - at);
    if ((!best || d < best.d) && !between(y.start)) best = { d, date: String(y.value) };
  }
  if (!best || best.d > 70) return undefined;
  if (best.date.startsWith('*') && ctx.doc.date && ctx.doc.date.length >= 7) {
    const [year, month] = ctx.doc.date.split('-');
    const mm = best.date.slice(2);
    return `${mm <= month! ? year : Number(year) - 1}-${mm}`;
  }
  return best.date;
}
