import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { companyBefore, figureClaim, subjectOrInferred } from '../parties';
import { includesAny } from '../../text/chars';

const JOBS =
  /^\s*(?:more\s+|additional\s+|other\s+)?(?:corporate\s+|tech\s+|white-collar\s+|office\s+)?(?:and tech\s+)?(?:jobs?|positions?|roles?|employees?|workers?|staff(?:ers)?|people|layoffs?|job cuts?|job losses?|redundancies)\b/;
const CUT =
  /\b(?:cut\w*|slash\w*|eliminat\w*|lay(?:ing)? off|laid off|layoffs?|reduc\w*|let go|losses|lost|shed\w*|axe\w*|trim\w*)\b/;

const PART_OF_COMPANY =
  /^[^.;]{0,40}?\b(?:in|at|from|across|within) (?:its|the company's|amazon's|the) (?:[\w-]+ ){0,2}(?:unit|division|business|team|group|arm|segment|devices|stores?|warehouses?)\b/;
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

/** "cut approximately 16,000 corporate jobs", "14,000 employees were let go in October". */
function extractLayoffs(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  // The figure test first: it needs no scan of the sentence.
  if (!ctx.quantities.some((q) => q.kind === 'count' && q.value >= 10) || !CUT.test(ctx.lower)) return out;
  for (const q of ctx.quantities) {
    if (q.kind !== 'count' || q.value < 10) continue;
    const rel = q.end - ctx.start;
    const jobsAfter = JOBS.test(ctx.lower.slice(rel, rel + 40));
    // "total job losses since October to 30,000": the noun may come before the figure.
    const before = ctx.lower.slice(Math.max(0, q.start - ctx.start - 45), q.start - ctx.start);
    // Each noun there holds "job", "position", "role" or "layoff": the end-anchored regex, tried at every position, only
    // where one of them is.
    const jobsBefore = mayNameJobs(before) && JOBS_BEFORE.test(before);
    if (!jobsAfter && !jobsBefore) continue;
    // Headcounts ("a 350,000-person workforce", "employs 1.58 million people") are not cuts.
    if (
      /^-person\b/.test(ctx.lower.slice(rel, rel + 8)) ||
      /\bemploys?\b[^.;]{0,25}$/.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 30), q.start - ctx.start))
    )
      continue;
    const parties = subjectOrInferred(ctx, companyBefore(ctx, q.start));
    const claim = figureClaim(ctx, 'layoffs', q, parties);
    if (/\bsince\b/.test(ctx.lower) || /\b(?:total|combined|in all|altogether)\b/.test(ctx.lower))
      claim.detail = 'cumulative';
    // "as part of a second round", "a new wave of cuts": a later wave is not the first one, whatever its figure.
    else if (nearestWaveIsLater(ctx.lower, q.start - ctx.start, q.end - ctx.start)) claim.detail = 'later-wave';
    // "4,000 jobs in its devices unit": cuts in one part of the company are not a company-wide wave.
    if (PART_OF_COMPANY.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 60)))
      claim.event = { ...claim.event, part: true };
    // "14,000 more corporate jobs", "another 16,000 roles": the size of a new wave, not an increment of a figure.
    else if (claim.event.incremental) {
      claim.detail = 'later-wave';
      claim.event = { ...claim.event, incremental: false, words: claim.event.words.filter((w) => w !== 'increment') };
    }
    out.push(claim);
  }
  return out;
}

export const layoffs: RelationModule = {
  relation: 'layoffs',
  label: 'Layoffs',
  noun: 'job cuts',
  policy: {},
  extract: extractLayoffs,
};
