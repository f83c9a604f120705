import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import { mentionFrom, type SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { companyBefore, figureClaim, subjectOrInferred } from '../parties';
import { isCompany } from '../../entities/mentions';

/** A sentence about a stock-market listing: its valuation is what a listing might fetch. */
const LISTING = /\b(?:ipo|initial public offering|public offering|listing|debut|go(?:es|ing)? public)\b/;

/** "valuing the company at over $850 billion", "OpenAI, valued at $500bn", "push OpenAI's valuation toward $830B". */
function extractValuation(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('valuation')) {
    const named = companyBefore(ctx, q.start) ?? mentionFrom(ctx, q.end, isCompany, q.end + 40);
    const parties = subjectOrInferred(ctx, named, true);
    const claim = figureClaim(ctx, 'valuation', q, parties);
    // The basis written right after the figure ("$830 billion on a post-money basis") is its own; else the nearest before.
    const after = ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 40);
    const before = ctx.lower.slice(Math.max(0, q.start - ctx.start - 30), q.start - ctx.start);
    const PRE = /\bpre-money\b|\bbefore the (?:new )?(?:money|investment|funding|capital)\b|\bpre-investment\b/;
    const POST = /\bpost-money\b|\bafter the (?:new )?(?:money|investment|funding|capital)\b/;
    if (LISTING.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 80), q.end - ctx.start + 160)))
      claim.detail = 'listing';
    else if (POST.test(after)) claim.detail = 'post-money';
    else if (PRE.test(after) || PRE.test(before)) claim.detail = 'pre-money';
    else if (POST.test(before)) claim.detail = 'post-money';
    out.push(claim);
  }
  return out;
}

export const valuation: RelationModule = {
  relation: 'valuation',
  label: 'Valuations',
  noun: 'valuation',
  policy: {},
  money: {
    cues: /\bvalu(?:e|es|ed|ing|ation|ations)\b|\bworth\b|\bpost-money\b|\bpre-money\b|\bmark\b/g,
    nounAfter: /^\s*valuation\b/,
    // "priced OpenAI at $500 billion", "priced the startup at": a company priced as a whole.
    verbBefore: /\bpriced\s+(?:the\s+)?(?:[\w.'’-]+\s+)at\s+$/,
  },
  extract: extractValuation,
};
