import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import { mentionFrom, type SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { companyBefore, figureClaim, subjectOrInferred } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';

/** A sentence about a stock-market listing: its valuation is what a listing might fetch. */
const LISTING = /\b(?:ipo|initial public offering|public offering|listing|debut|go(?:es|ing)? public)\b/;

/** A company followed by a lowercase word that is no past-tense verb: "Microsoft partnership", "Nvidia alliance". */
const NOUN_AFTER = /^\s[a-z][\w-]*/;
/** The last item of a list: ", and its $500B valuation" (no other comma or semicolon after the "and"). */
const LAST_ITEM = /,\s+(?:and|or)\s+[^,;]*$/;

/**
 * "its Microsoft partnership, and its $500B valuation": a company naming an earlier list item's noun is not the subject
 * of a figure in a later item.
 */
function modifiesEarlierItem(ctx: SentenceContext, m: Mention, pos: number): boolean {
  const between = ctx.sentence.slice(m.end - ctx.start, pos - ctx.start);
  const word = NOUN_AFTER.exec(between)?.[0];
  return word !== undefined && !word.endsWith('ed') && LAST_ITEM.test(between.slice(-120));
}

/** "valuing the company at over $850 billion", "OpenAI, valued at $500bn", "push OpenAI's valuation toward $830B". */
function extractValuation(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('valuation')) {
    const before = companyBefore(ctx, q.start);
    const named =
      before && modifiesEarlierItem(ctx, before, q.start)
        ? undefined
        : (before ?? mentionFrom(ctx, q.end, isCompany, q.end + 40));
    const parties = subjectOrInferred(ctx, named, true);
    const claim = figureClaim(ctx, 'valuation', q, parties);
    // The basis written right after the figure ("$830 billion on a post-money basis") is its own; else the nearest before.
    const after = ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 40);
    const ahead = ctx.lower.slice(Math.max(0, q.start - ctx.start - 30), q.start - ctx.start);
    const PRE = /\bpre-money\b|\bbefore the (?:new )?(?:money|investment|funding|capital)\b|\bpre-investment\b/;
    const POST = /\bpost-money\b|\bafter the (?:new )?(?:money|investment|funding|capital)\b/;
    if (LISTING.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 80), q.end - ctx.start + 160)))
      claim.detail = 'listing';
    else if (POST.test(after)) claim.detail = 'post-money';
    else if (PRE.test(after) || PRE.test(ahead)) claim.detail = 'pre-money';
    else if (POST.test(ahead)) claim.detail = 'post-money';
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
