import type { Claim, Quantity } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { companyBefore, figureClaim, subjectOrInferred } from '../parties';

/** The scale a vague "double-digit" borrows from the money words of its sentence ("multi-billion-dollar"). */
function sentenceScale(ctx: SentenceContext): number | undefined {
  if (/\bbillions?\b|\bbn\b|multi-billion/.test(ctx.lower)) return 1e9;
  if (/\bmillions?\b|multi-million/.test(ctx.lower)) return 1e6;
  return undefined;
}

/** "annualized revenue in the low single-digit billions", "double-digit ARR run-rates". */
function extractRevenue(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of ctx.quantities) {
    if (q.kind !== 'money') continue;
    const vagueNearRevenue =
      q.vague &&
      /\b(?:revenues?|run-rates?|arr|sales)\b/.test(
        ctx.lower.slice(Math.max(0, q.start - ctx.start - 60), q.end - ctx.start + 30),
      );
    if (roles.get(q) !== 'revenue' && !vagueNearRevenue) continue;
    let value: Quantity = q;
    if (q.unscaled) {
      const scale = sentenceScale(ctx);
      if (!scale) continue;
      value = { ...q, value: q.value * scale, high: (q.high ?? q.value) * scale, unscaled: false };
    }
    const parties = subjectOrInferred(ctx, companyBefore(ctx, q.start));
    out.push(figureClaim(ctx, 'revenue', value, parties));
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
