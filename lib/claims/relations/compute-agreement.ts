import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { phraseClaim } from '../parties';
import { isCompany } from '../../entities/mentions';
import { extractDeal } from './deal-figures';

// Every phrase holds "comput": sentences without it skip the regex (mayNameSupply).
export const SUPPLY = /\b(?:sell(?:s|ing)?|suppl(?:y|ies|ying)|provid(?:e|es|ing)|rent(?:s|ing)?(?: out)?|leas(?:e|es|ing)|giv(?:e|es|ing)|offer(?:s|ing)?|buy(?:s|ing)?|purchas(?:e|es|ing)|rent(?:s|ing)? in)\s+(?:cloud\s+)?comput(?:ing|e)(?:\s+(?:power|capacity|resources))?\b/g;

export const mayNameSupply = (lower: string): boolean => lower.includes('comput');

/** "Amazon supplies computing power to OpenAI": the compute agreement itself, no figure. */
function extractComputeSupply(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  if (!ctx.mentions.some(isCompany) || !mayNameSupply(ctx.lower)) return out;
  SUPPLY.lastIndex = 0;
  for (let m = SUPPLY.exec(ctx.lower); m; m = SUPPLY.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    const supplier = [...ctx.mentions].reverse().find((x) => x.end <= start && isCompany(x) && start - x.end < 40);
    const customer = ctx.mentions.find((x) => x.start >= end && isCompany(x) && x.start - end < 30);
    if (!supplier || supplier.id === customer?.id) continue;
    out.push(phraseClaim(ctx, 'compute-agreement', supplier.start, end, { subject: supplier.id, object: customer?.id }));
  }
  return out;
}

/** A compute agreement's figure ("a $38 billion cloud services deal") or the agreement itself ("supplies computing power"). */
function extractComputeAgreement(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  return [...extractDeal('compute-agreement', ctx, roles), ...extractComputeSupply(ctx)];
}

export const computeAgreement: RelationModule = {
  relation: 'compute-agreement',
  label: 'Cloud and compute agreements',
  noun: 'compute agreement',
  map: { edge: 'agreement', what: 'compute deal', rank: 7 },
  policy: { existence: true, symmetric: true },
  money: {
    cues: /\bcloud(?: services| computing)? (?:deal|contract|agreement)\b|\bcloud services\b|\bcompute (?:capacity|deal|contract|agreement)\b|\bcomputing (?:power|capacity)\b/g,
    nounAfter: /^\s*(?:cloud|compute|computing)\b/,
  },
  extract: extractComputeAgreement,
};
