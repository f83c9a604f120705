import type { Claim, EventCues, Quantity } from '../types';
import type { RelationModule } from '../relation';
import { isModifier, mentionFrom, perSentence, type SentenceContext } from '../context';
import { companyBefore, figureClaim, subjectOrInferred } from '../parties';
import { includesAny } from '../../text/chars';
import { findMentions, isCompany, type Mention } from '../../entities/mentions';
import { lowerBound } from '../../lower-bound';

// "16,000: corporate jobs Amazon is cutting": a by-the-numbers list puts a colon between a figure and what it counts.
const JOBS =
  /^\s*(?::\s*)?(?:more\s+|additional\s+|other\s+)?(?:corporate\s+|tech\s+|white-collar\s+|office\s+)?(?:and tech\s+)?(?:jobs?|positions?|roles?|employees?|workers?|staff(?:ers)?|people|layoffs?|job cuts?|job losses?|redundancies)\b/;
const CUT =
  /\b(?:cut\w*|slash\w*|eliminat\w*|lay(?:ing)? off|laid off|layoffs?|reduc\w*|let go|losses|lost|shed\w*|axe\w*|trim\w*|fir(?:es|ed|ing)|dismiss\w*|remov(?:al|e|ed|es|ing))\b|\b(?:wave|round)\b[^.;]{0,40}\bhits?\b|\b(?:jobs?|roles?|positions?)\b[^.;]{0,20}\b(?:go|gone|going|went)\b/;
// "plans to cut", "will lay off", "is eliminating": a cut still to come (or under way), not one already made.
const CUT_AHEAD =
  /\b(?:to|will|is|are|be)\s+(?:\w+\s+)?(?:cut|cutting|eliminate|eliminating|lay off|laying off|shed|shedding|axe|axing|trim|trimming|reduce|reducing|slash|slashing|fire|firing|dismiss|dismissing)\s+$/;
// "16,000 roles will be eliminated", "jobs are being cut": the same, in the passive after the figure.
const CUT_AHEAD_AFTER =
  /^[^.;,]{0,40}?\b(?:will|to|are being|is being)\s+(?:be\s+)?(?:cut|eliminated|laid off|shed|axed|trimmed|reduced|slashed|fired|dismissed|let go|go)\b/;
// "Last year Amazon said", "had planned to cut", "Earlier, Amazon ...": an undated figure told as past. Not "was set to":
// a plan reported last week may be this week's wave.
const TOLD_AS_PAST =
  /\b(?:last (?:year|fall|autumn|spring|summer|winter|month|quarter)|earlier|previous(?:ly)?|ago|had (?:\w+ )?\w+(?:ed|en|ut|id|ad))\b/;
// "hire 16,000 workers", "16,000 roles going unfilled": jobs made or left open, not cut.
const JOBS_MADE_BEFORE =
  /\b(?:hir(?:e|es|ed|ing)|add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|fill(?:s|ed|ing)?|recruit(?:s|ed|ing)?|need(?:s|ed|ing)?|seek(?:s|ing)?|sought|welcom(?:e|es|ed|ing)|br(?:ing|ings|inging|ought) in|t(?:ake|akes|aking|ook) on|onboard(?:s|ed|ing)?)\s+$/;
const JOBS_OPEN_AFTER = /^[^.;,]{0,40}?\b(?:unfilled|vacant|openings|open positions)\b/;
const toldAsPast = perSentence((ctx) => TOLD_AS_PAST.test(ctx.lower));
const HEADCOUNT_BEFORE =
  /\b(?:(?:workforce|staff|headcount|payroll|team) of|out of|of (?:its|their|the company's))\s+$/;
// "follows October's cuts", "comes after the October layoffs": what comes after these words is another, earlier event.
const EARLIER_EVENT = /\b(?:follows?|followed|following|after|on top of)\b/g;
// "was announced by Amazon", "will be eliminated by the company": the company the passive names.
const PASSIVE_BY = /^[^.;,]{0,60}?\b(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?\w+\s+by\s+$/;
// "After cutting 14,000 jobs in October, Amazon ...", "Having shed ...": the clause's subject is the main clause's.
// A comma or point between digits ("14,000") is part of a figure, not the clause's end.
const LEADING_CLAUSE =
  /^\s*(?:(?:after|before|while|despite)\s+\w+ing|having\s+\w+)\b(?:[^,.;]|(?<=\d)[,.](?=\d))*,\s*/;

const PART_OF_COMPANY =
  /^[^.;]{0,40}?\b(?:in|at|from|across|within) (?:its|the company's|amazon's|the) (?:[\w-]+ ){0,2}(?:unit|division|business|team|group|arm|segment|devices|stores?|warehouses?)\b/;
// "jobs at Whole Foods", "workers in Germany", "roles at Twitch", "across Europe": cuts in one named place or unit, not
// a company-wide wave. Months and weekdays name when, not where.
const NAMED_SCOPE =
  /^[^.;]{0,40}?\b(?:at|in|from|within|across) (?:its |the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]/;
const WAVE =
  /\b(first|initial|earlier|previous|second|third|new|latest|another|fresh|next|additional) (?:round|wave|batch)\b/g;
const LATER = new Set(['second', 'third', 'new', 'latest', 'another', 'fresh', 'next', 'additional']);

/** Whether the wave of cuts named nearest a figure (within 80 characters) is a later one: "a second round", "a new wave". */
function nearestWaveIsLater(lower: string, start: number, end: number): boolean {
  let best: { d: number; later: boolean } | undefined;
  WAVE.lastIndex = 0;
  for (let m = WAVE.exec(lower); m; m = WAVE.exec(lower)) {
    const d = m.index >= end ? m.index - end : Math.max(0, start - (m.index + m[0].length));
    if (d <= 80 && (!best || d < best.d)) best = { d, later: LATER.has(m[1]!) };
  }
  return best?.later ?? false;
}

export const JOBS_BEFORE = /\b(?:jobs?|positions?|roles?|job losses|layoffs|job cuts)\b[^.;]{0,30}$/;
const JOB_WORDS = ['job', 'position', 'role', 'layoff'];
export const mayNameJobs = (s: string) => includesAny(s, JOB_WORDS);

/**
 * The sentence's counts, with thousands grouped by a space ("16 000 people") read as one figure: quantities.ts leaves
 * them apart, since "50 505%" can be two figures, but before a word for jobs they are one headcount.
 */
function counts(ctx: SentenceContext): Quantity[] {
  const out: Quantity[] = [];
  const qs = ctx.quantities;
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    const next = qs[i + 1];
    const text = ctx.doc.text;
    if (
      q.kind === 'count' &&
      next?.kind === 'count' &&
      next.qualifier === 'exact' &&
      Number.isInteger(q.value) &&
      q.value < 1000 &&
      next.start === q.end + 1 &&
      text[q.end] === ' ' &&
      /^\d{3}$/.test(text.slice(next.start, next.end)) &&
      !/\d[ ,]?$/.test(text.slice(Math.max(0, q.start - 2), q.start))
    ) {
      out.push({ ...q, value: q.value * 1000 + next.value, end: next.end });
      i++;
    } else out.push(q);
  }
  return out;
}

/** A company right after the figure, before the word for jobs: "30,000 Amazon corporate jobs". */
function ownerRightAfter(ctx: SentenceContext, q: Quantity): Mention | undefined {
  const m = mentionFrom(ctx, q.end, isCompany, q.end + 3);
  if (!m || !/^\s$/.test(ctx.doc.text.slice(q.end, m.start))) return undefined;
  return JOBS.test(ctx.lower.slice(m.end - ctx.start, m.end - ctx.start + 40)) ? m : undefined;
}

/**
 * The company a figure's cuts belong to when none is named before it: "eliminated by Amazon", "After cutting 14,000
 * jobs in October, Amazon ...". Only where no other company comes first.
 */
function ownerAfter(ctx: SentenceContext, q: Quantity): Mention | undefined {
  const m = mentionFrom(ctx, q.end, isCompany);
  if (!m) return undefined;
  // "cut by Amazon rival Microsoft": a name describing another is not the one named.
  if (m.start - q.end <= 80 && PASSIVE_BY.test(ctx.lower.slice(q.end - ctx.start, m.start - ctx.start)))
    return isModifier(ctx, m) ? mentionFrom(ctx, m.end, isCompany, m.end + 24) : m;
  const clauseEnd = leadingClauseEnd(ctx);
  return clauseEnd !== undefined && q.end - ctx.start < clauseEnd && m.start - ctx.start === clauseEnd ? m : undefined;
}

/** Where the main clause starts after a leading "After cutting ..., " clause (an offset into the sentence). */
const leadingClauseEnd = perSentence((ctx): number | undefined => {
  const m = LEADING_CLAUSE.exec(ctx.lower);
  return m ? m[0].length : undefined;
});

/** The sentence's "follows"/"after" words (offsets into it), and where its first date is. */
const earlierEventCues = perSentence((ctx) => {
  const at = [...ctx.lower.matchAll(EARLIER_EVENT)].map((m) => m.index);
  let firstDate = Infinity;
  for (const d of ctx.dates) firstDate = Math.min(firstDate, d.start - ctx.start);
  for (const y of ctx.quantities) if (y.kind === 'year') firstDate = Math.min(firstDate, y.start - ctx.start);
  return { at, firstDate };
});

/** The event's date, dropped where every date of the sentence comes after "follows"/"after" past the figure. */
function withoutEarlierDate(ctx: SentenceContext, q: Quantity, cues: EventCues): EventCues {
  if (!cues.date) return cues;
  const { at, firstDate } = earlierEventCues(ctx);
  const i = lowerBound(at.length, (k) => at[k]! < q.end - ctx.start);
  if (i === at.length || firstDate < at[i]!) return cues;
  const { date, ...rest } = cues;
  return { ...rest, words: cues.words.filter((w) => w !== date) };
}

const SINCE_BEFORE = /\bsince\s+(?:(?:last|early|late|mid)[\s-]+)?$/;

/**
 * A running total's date only where it is the date it counts from ("since October 2025"): "30,000 in total, 14,000 of
 * them in October 2025" says nothing of where the total starts.
 */
function withSinceDateOnly(ctx: SentenceContext, cues: EventCues): EventCues {
  const date = cues.date;
  if (!date) return cues;
  for (const d of sinceDates(ctx)) if (d === date || (d.startsWith('*') && date.endsWith(d.slice(1)))) return cues;
  const { date: _dropped, ...rest } = cues;
  return { ...rest, words: cues.words.filter((w) => w !== date) };
}

/** The dates and years of a sentence that follow "since", as written ("*-10" for a bare month). */
const sinceDates = perSentence((ctx): Set<string> => {
  const before = (at: number) => ctx.doc.text.slice(Math.max(0, at - 12), at).toLowerCase();
  const out = new Set<string>();
  for (const d of ctx.dates) if (SINCE_BEFORE.test(before(d.start))) out.add(d.date);
  for (const y of ctx.quantities) if (y.kind === 'year' && SINCE_BEFORE.test(before(y.start))) out.add(String(y.value));
  return out;
});

// "16,000 more", "another 16,000", "the two rounds together", "combined": words that add to cuts already told.
const ADDS_ON = /\b(?:more|another|additional|together|combined|in all|altogether)\b/;

/** How many sentences back a sentence may go on about cuts told before it, with other talk between. */
const RECENT_SENTENCES = 3;

/** The last few sentences before this one (at most 700 characters): where the cuts it goes on about were told. */
function recentText(ctx: SentenceContext): string {
  const head = ctx.doc.text.slice(Math.max(0, ctx.start - 700), ctx.start).trimEnd();
  const ends = [...head.matchAll(/[.!?]\s+|\n/g)];
  const from = ends.length >= RECENT_SENTENCES ? ends[ends.length - RECENT_SENTENCES]! : undefined;
  return from ? head.slice(from.index + from[0].length) : head;
}

/** Cuts of jobs, not of prices or rates: "laid off", "job cuts", "cut 14,000 corporate jobs". */
const JOB_CUT =
  /\b(?:lay(?:ing)? off|laid off|layoffs?|job (?:cuts?|losses)|(?:cut|cuts|cutting|slash\w*|eliminat\w*|shed(?:s|ding)?|ax(?:e|es|ed|ing)|trim\w*)\s+(?:[\w,~-]+\s+){0,3}?(?:jobs?|roles?|positions?|employees|workers|staff|workforce|headcount)|(?:jobs?|roles?|positions?|workforce|headcount|staff)\s+(?:cuts?|reductions?))\b/;
/** Other employers named by kind: "the rival", "industrywide", "its delivery partner network". */
const OTHER_EMPLOYERS = /\b(?:rivals?|competitors?|peers?|industry\w*|sector\w*|partners?|contractors?|elsewhere)\b/;
/** Staff counted, not cut: "has 30,000 more", "employs", "grew by", "more ... than". */
const COUNTED = /\b(?:has|have|had|employ(?:s|ed|ing)?|house[sd]?|grew|grow\w*|than)\b/;
/** People leaving their jobs, told without a word of cutting: "are affected", "face the exit", "shown the door". */
const DEPARTING =
  /\b(?:affected|impacted|hit|out|exits?|leav(?:e|es|ing)|left|depart\w*|gone|goodbye|door|redundan\w*|severance|notified|pink slips?|let go)\b/;
/** A sentence that names what was just told: "It is 16,000 more office workers this time." */
const COPULA_OPENING = /^\W*(?:it|that|this)\s*(?:is|was|['’]s)\b/;
/** Sums of the cuts told before: "The two rounds together amount to 30,000 jobs". */
const SUMS = /\b(?:together|combined|in all|altogether|in total)\b/;

/**
 * "Amazon said it is cutting jobs again. It is 16,000 more office workers this time.": a sentence with no word of
 * cutting that adds to the job cuts one of the last few sentences tells, about no other employer. The text of those
 * sentences, if so.
 */
function goesOnAboutCuts(ctx: SentenceContext): string | undefined {
  if (!ADDS_ON.test(ctx.lower) || OTHER_EMPLOYERS.test(ctx.lower) || COUNTED.test(ctx.lower)) return undefined;
  const recent = recentText(ctx);
  if (!JOB_CUT.test(recent.toLowerCase())) return undefined;
  const earlier = new Set(
    findMentions(recent)
      .filter(isCompany)
      .map((m) => m.id),
  );
  const same = earlier.size > 0 && ctx.mentions.every((m) => !isCompany(m) || earlier.has(m.id));
  return same && !namesSomeoneElse(ctx) ? recent : undefined;
}

/**
 * Whether a count in such a sentence is people leaving: the sentence says they leave, names what was just told, or
 * sums the cuts; or the count repeats one the sentences before gave ("slashing another 16,000 jobs ... 16,000 more").
 */
function countsLeavers(ctx: SentenceContext, q: Quantity, recent: string): boolean {
  return (
    DEPARTING.test(ctx.lower) ||
    COPULA_OPENING.test(ctx.lower) ||
    SUMS.test(ctx.lower) ||
    recent.includes(ctx.doc.text.slice(q.start, q.end))
  );
}

/** A capitalised word after the first that is none of the sentence's mentions: maybe a company DealLens does not know. */
function namesSomeoneElse(ctx: SentenceContext): boolean {
  for (const m of ctx.sentence.matchAll(/(?<=\s)[A-Z][\w&'’-]*/g)) {
    const at = ctx.start + m.index;
    if (!ctx.mentions.some((x) => x.start <= at && at < x.end)) return true;
  }
  return false;
}

/** "cut approximately 16,000 corporate jobs", "14,000 employees were let go in October". */
function extractLayoffs(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  // The figure test first: it needs no scan of the sentence.
  if (!ctx.quantities.some((q) => q.kind === 'count' && q.value >= 10)) return out;
  const cuts = CUT.test(ctx.lower);
  const recent = cuts ? undefined : goesOnAboutCuts(ctx);
  const goesOn = recent !== undefined;
  if (!cuts && !goesOn) return out;
  const all = counts(ctx);
  const jobCounts = all.filter((x) => x.kind === 'count' && x.value >= 10);
  for (const q of all) {
    if (q.kind !== 'count' || q.value < 10) continue;
    const rel = q.end - ctx.start;
    const owner = ownerRightAfter(ctx, q);
    const jobsAfter = owner !== undefined || JOBS.test(ctx.lower.slice(rel, rel + 40));
    // "total job losses since October to 30,000": the noun may come before the figure.
    const before = ctx.lower.slice(Math.max(0, q.start - ctx.start - 45), q.start - ctx.start);
    // Each noun there holds "job", "position", "role" or "layoff": the end-anchored regex, tried at every position, only
    // where one of them is.
    const jobsBefore = mayNameJobs(before) && JOBS_BEFORE.test(before);
    if (!jobsAfter && !jobsBefore) continue;
    if (recent !== undefined && !countsLeavers(ctx, q, recent)) continue;
    // Headcounts ("a 350,000-person workforce", "employs 1.58 million people", "a staff of", "5% of its") and jobs made
    // or left open are not cuts.
    if (
      /^-person\b/.test(ctx.lower.slice(rel, rel + 8)) ||
      HEADCOUNT_BEFORE.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 30), q.start - ctx.start)) ||
      JOBS_MADE_BEFORE.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 20), q.start - ctx.start)) ||
      JOBS_OPEN_AFTER.test(ctx.lower.slice(rel, rel + 60)) ||
      /\bemploys?\b[^.;]{0,25}$/.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 30), q.start - ctx.start))
    )
      continue;
    const parties = subjectOrInferred(ctx, owner ?? companyBefore(ctx, q.start) ?? ownerAfter(ctx, q));
    // Cuts read from the sentences before may agree with a fact, never prove it wrong.
    const claim = figureClaim(ctx, 'layoffs', q, goesOn ? { ...parties, inferred: true } : parties);
    // Job cuts are never a funding round, whatever "round" of layoffs they are.
    const cues = withoutEarlierDate(ctx, q, claim.event);
    claim.event = { ...cues, words: cues.words.filter((w) => w !== cues.round) };
    delete claim.event.round;
    if (
      CUT_AHEAD.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 40), q.start - ctx.start)) ||
      CUT_AHEAD_AFTER.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 60))
    )
      claim.event = { ...claim.event, status: 'prospective' };
    if (/\bsince\b/.test(ctx.lower) || /\b(?:total|combined|in all|altogether)\b/.test(ctx.lower)) {
      claim.detail = 'cumulative';
      claim.event = withSinceDateOnly(ctx, claim.event);
    }
    // "as part of a second round", "a new wave of cuts": a later wave is not the first one, whatever its figure.
    else if (nearestWaveIsLater(ctx.lower, q.start - ctx.start, q.end - ctx.start)) claim.detail = 'later-wave';
    // "4,000 jobs in its devices unit": cuts in one part of the company are not a company-wide wave.
    if (
      PART_OF_COMPANY.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 60)) ||
      NAMED_SCOPE.test(ctx.sentence.slice(q.end - ctx.start, q.end - ctx.start + 60))
    )
      claim.event = { ...claim.event, part: true };
    // "14,000 more corporate jobs", "another 16,000 roles": the size of a new wave, not an increment of a figure, unless
    // the sentence gives another count it adds to ("will cut 16,000 jobs; 2,000 more may go later").
    else if (claim.event.incremental && !jobCounts.some((x) => x !== q)) {
      claim.detail = 'later-wave';
      claim.event = { ...claim.event, incremental: false, words: claim.event.words.filter((w) => w !== 'increment') };
    }
    // Undated and told as past, a figure may be any earlier wave: it can support one, never prove which.
    if (!claim.event.date && claim.detail !== 'cumulative' && toldAsPast(ctx))
      claim.event = { ...claim.event, baseline: true, words: [...claim.event.words, 'earlier figure'] };
    out.push(claim);
  }
  return onlyNearestIsTotal(ctx, out);
}

const TOTAL_CUE = /\bsince\b|\b(?:total|combined|in all|altogether)\b/g;

/**
 * "Amazon, which has 350,000 employees, has cut 30,000 jobs since October": of several counts in a sentence that gives
 * a running total, the one nearest its cue is the total; the others are at most parts of it, never proof against it.
 */
function onlyNearestIsTotal(ctx: SentenceContext, claims: Claim[]): Claim[] {
  const totals = claims.filter((c) => c.detail === 'cumulative');
  if (totals.length < 2) return claims;
  const cues = [...ctx.lower.matchAll(TOTAL_CUE)].map((m) => ctx.start + m.index);
  // The cues are in order: the nearest to a claim is the first at or after its end, or the one before that.
  const distance = (c: Claim) => {
    const i = lowerBound(cues.length, (k) => cues[k]! < c.end);
    const after = i < cues.length ? cues[i]! - c.end : Infinity;
    const before = i > 0 ? Math.max(0, c.start - cues[i - 1]!) : Infinity;
    return Math.min(after, before);
  };
  let nearest = totals[0]!;
  let best = distance(nearest);
  for (const c of totals) {
    const d = distance(c);
    if (d < best) [nearest, best] = [c, d];
  }
  for (const c of totals)
    if (c !== nearest) c.event = { ...c.event, part: true, words: [...c.event.words, 'part of a figure'] };
  return claims;
}

export const layoffs: RelationModule = {
  relation: 'layoffs',
  label: 'Layoffs',
  noun: 'job cuts',
  policy: {},
  extract: extractLayoffs,
};
