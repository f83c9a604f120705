import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { companyBefore, figureClaim, subjectOrInferred } from '../parties';

const RETURN_CUE = /\b(?:gain\w*|return\w*|rose|risen|climbed|up|surged|jumped|delivered|rall(?:y|ied))\b/;
/**
 * "Amazon's three-year gain", "Nvidia's five-year return": a company's own gain over years, with nothing between
 * (not "three-year revenue gain"), is its stock's.
 */
const OWN_GAIN = /['’]s\s+(?:three|two|four|five|ten|\d+)-year\s+(?:gain|return|rally|rise|climb|run-up)\b/;
export const PERIOD =
  /\b(?:over|in|during)\s+(?:the\s+)?(?:past|last)?\s*(three|two|four|five|ten|\d+)[- ]years?\b|\b(three|two|four|five|ten|\d+)-year\b/;
/** Both forms of PERIOD end in "year": most sentences skip its scan. */
export const mayNamePeriod = (lower: string): boolean => lower.includes('year');
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };

/** "gaining 114% over the past three years", "a 134.2% return over three years". */
function extractStockReturn(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  if (!ctx.quantities.some((q) => q.kind === 'percent')) return out;
  const period = mayNamePeriod(ctx.lower) ? PERIOD.exec(ctx.lower) : null;
  if (!period || !(/\b(?:shares?|stock)\b/.test(ctx.lower) || OWN_GAIN.test(ctx.lower))) return out;
  const years = WORDS[period[1] ?? period[2]!] ?? Number(period[1] ?? period[2]);
  for (const q of ctx.quantities) {
    if (q.kind !== 'percent') continue;
    const around = ctx.lower.slice(Math.max(0, q.start - ctx.start - 40), q.end - ctx.start + 20);
    if (!RETURN_CUE.test(around)) continue;
    const parties = subjectOrInferred(ctx, companyBefore(ctx, q.start));
    out.push({ ...figureClaim(ctx, 'stock-return', q, parties), detail: `${years}-year` });
  }
  return out;
}
export const stockReturn: RelationModule = {
  relation: 'stock-return',
  label: 'Share returns',
  noun: 'share return',
  policy: { timeVarying: true },
  extract: extractStockReturn,
};
