import type { Claim } from '../types';
import type { SentenceContext } from '../context';
import type { RelationModule } from '../relation';
import type { MoneyRoles } from '../extract-types';
import { extractDeal } from './deal-figures';
import { mentionFrom } from '../context';
import { isCompany } from '../../entities/mentions';

// "a $50 billion data center plan with Fluidstack", "for Anthropic": the partner named right after the figure.
const PARTNER_AFTER = /^[^,.;]{0,40}?\b(?:[Ww]ith|[Ff]or)\s+(?=[A-Z])/;
// "Amazon's $11 billion Indiana campus for Anthropic": a campus is a data center only where it is built for a party.
const CAMPUS = /^,?\s*(?:[\w-]+\s+){0,2}(?:campus|complex)\s+(?:for|with)\s+$/;
const CAMPUS_NOUN = /^,?\s*(?:[\w-]+\s+){0,2}(?:campus|complex)\b/;
const DATA_CENTER_NOUN = /^,?\s*(?:[\w-]+\s+){0,2}data[- ]cent/;

/** "an $11 billion Indiana campus" (not "data center campus"): a campus with no data center named. */
function campusOnly(nounAfter: string): boolean {
  return CAMPUS_NOUN.test(nounAfter) && !DATA_CENTER_NOUN.test(nounAfter);
}

/**
 * "an $11 billion data center in Indiana" for a named company. A partner named after the figure is the other party; a
 * name DealLens does not know there ("with Fluidstack") is another project, whatever else the sentence names.
 */
function extractDataCenter(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  return extractDeal('data-center', ctx, roles).flatMap((claim) => {
    const at = claim.end - ctx.start;
    const partner = PARTNER_AFTER.exec(ctx.sentence.slice(at, at + 60));
    const noun = ctx.lower.slice(at, at + 40);
    if (!partner) return campusOnly(noun) ? [] : [claim];
    const named = mentionFrom(ctx, claim.end + partner[0].length, isCompany, claim.end + partner[0].length + 1);
    if (!named) return [];
    // A campus counts only with its party named right after it: "for its employees" is an office.
    if (campusOnly(noun) && !CAMPUS.test(ctx.lower.slice(at, at + partner[0].length))) return [];
    return named.id === claim.subject ? [claim] : [{ ...claim, object: named.id }];
  });
}

export const dataCenter: RelationModule = {
  relation: 'data-center',
  label: 'Data centers',
  noun: 'data center',
  map: { edge: 'agreement', what: 'data center', rank: 8 },
  policy: { symmetric: true },
  money: {
    cues: /\bdata[- ]cent(?:er|re)s?\b/g,
    nounAfter: /^,?\s*(?:[\w-]+\s+){0,2}(?:data[- ]cent|(?:campus|complex)\s+(?:for|with)\s)/,
  },
  extract: extractDataCenter,
};
