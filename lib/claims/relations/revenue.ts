import type { Claim, Quantity } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { companyBefore, figureClaim, subjectOrInferred } from '../parties';

const REVENUE_WORDS = /\b(?:revenues?|run-rates?|arr|sales)\b/;

/** The scale a vague "double-digit" borrows from the money words of its sentence ("multi-billion-dollar"). */
function sentenceScale(ctx: SentenceContext): number | undefined {
  if (/\bbillions?\b|\bbn\b|multi-billion/.test(ctx.lower)) return 1e9;
  if (/\bmillions?\b|multi-million/.test(ctx.lower)) return 1e6;
  return undefined;
}

// "a few billion dollars", "several billion in revenue": a vague magnitude with its scale. "a few" is two to four,
// "several" three to nine.
const FEW = /\b(a few|several)\s+(billion|million)\b(?:\s+dollars?\b)?/g;

/** The vague "a few billion" figures of a sentence about revenue. */
function fewFigures(ctx: SentenceContext): Quantity[] {
  if (!ctx.lower.includes('illion') || !(ctx.lower.includes('few') || ctx.lower.includes('several'))) return [];
  const out: Quantity[] = [];
  FEW.lastIndex = 0;
  for (let m = FEW.exec(ctx.lower); m; m = FEW.exec(ctx.lower)) {
    const scale = m[2] === 'billion' ? 1e9 : 1e6;
    const [lo, hi] = m[1] === 'several' ? [3, 9] : [2, 4];
    const start = ctx.start + m.index;
    out.push({
      kind: 'money',
      value: lo * scale,
      high: hi * scale,
      currency: 'USD',
      qualifier: 'range',
      vague: true,
      start,
      end: start + m[0].length,
    });
  }
  return out;
}

/**
 * Revenue dated to a year before the article's ("$30 million in 2019"), or to any year where the article's date is
 * unknown, is an earlier figure: the fact base holds the current one.
 */
function earlierYear(claim: Claim, ctx: SentenceContext): boolean {
  const year = claim.event.date?.slice(0, 4);
  if (!year) return false;
  const docYear = ctx.doc.date?.slice(0, 4);
  return !docYear || year < docYear;
}

/** "annualized revenue in the low single-digit billions", "double-digit ARR run-rates". */
function extractRevenue(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  const few = fewFigures(ctx);
  for (const q of [...ctx.quantities, ...few]) {
    if (q.kind !== 'money') continue;
    const vagueNearRevenue =
      q.vague && REVENUE_WORDS.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 60), q.end - ctx.start + 30));
    if (roles.get(q) !== 'revenue' && !vagueNearRevenue) continue;
    let value: Quantity = q;
    if (q.unscaled) {
      const scale = sentenceScale(ctx);
      if (!scale) continue;
      value = { ...q, value: q.value * scale, high: (q.high ?? q.value) * scale, unscaled: false };
    }
    const parties = subjectOrInferred(ctx, companyBefore(ctx, q.start));
    const claim = figureClaim(ctx, 'revenue', value, parties);
    if (earlierYear(claim, ctx)) {
      claim.event.baseline = true;
      claim.event.words.push('earlier figure');
    }
    out.push(claim);
  }
  return out;
}

export const revenue: RelationModule = {
  relation: 'revenue',
  label: 'Revenue',
  noun: 'revenue',
  policy: {},
  money: { cues: /\brevenues?\b|\brun-rates?\b|\barr\b|\bsales\b/g },
  extract: extractRevenue,
};
