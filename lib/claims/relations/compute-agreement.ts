import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { phraseClaim } from '../parties';
import { isCompany } from '../../entities/mentions';
import { extractDeal } from './deal-figures';

// Every phrase holds "comput": sentences without it skip the regex (mayNameSupply).
export const SUPPLY =
  /\b(?:sell(?:s|ing)?|suppl(?:y|ies|ying)|provid(?:e|es|ing)|rent(?:s|ing)?(?: out)?|leas(?:e|es|ing)|giv(?:e|es|ing)|offer(?:s|ing)?|buy(?:s|ing)?|purchas(?:e|es|ing)|rent(?:s|ing)? in)\s+(?:cloud\s+)?comput(?:ing|e)(?:\s+(?:power|capacity|resources))?\b/g;

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
    out.push(
      phraseClaim(ctx, 'compute-agreement', supplier.start, end, { subject: supplier.id, object: customer?.id }),
    );
  }
  return out;
}

// "OpenAI's cloud server rental deal with Amazon", "a computing agreement with AWS".
const DEAL_WITH =
  /\b(?:cloud|server|servers|compute|computing)(?: server| servers)?(?: rental| services| capacity| computing)? (?:deal|agreement|contract|arrangement|partnership)s? with\s+$/;
// "expand its use of Amazon Web Services (AWS) infrastructure": the other party uses the named provider's cloud.
const USE_OF = /\b(?:use|usage|reliance on|adoption) of\s+$/;
const CLOUD_AFTER = /^(?:\s*\([^()]{1,12}\))?\s+(?:infrastructure|cloud|servers|compute|computing|data centers?)\b/;

/** A compute agreement named by its kind ("cloud rental deal with Amazon") or by use of a provider's cloud. */
function extractComputeDeal(ctx: SentenceContext): Claim[] {
  if (!/\b(?:cloud|server|comput|infrastructure)/.test(ctx.lower)) return [];
  const out: Claim[] = [];
  for (const m of ctx.mentions) {
    if (!isCompany(m)) continue;
    const before = ctx.lower.slice(Math.max(0, m.start - ctx.start - 60), m.start - ctx.start);
    const viaDeal = DEAL_WITH.exec(before);
    const viaUse =
      !viaDeal && USE_OF.exec(before) && CLOUD_AFTER.exec(ctx.lower.slice(m.end - ctx.start, m.end - ctx.start + 40));
    if (!viaDeal && !viaUse) continue;
    const phraseStart = m.start - (viaDeal ?? USE_OF.exec(before))![0].length;
    // "a $38 billion cloud deal with Amazon": a deal with a figure is its figure's claim.
    if (ctx.quantities.some((q) => q.kind === 'money' && q.end <= phraseStart && phraseStart - q.end <= 2)) continue;
    // The other party: the company named last before the phrase that is not the provider.
    const other = [...ctx.mentions].reverse().find((x) => x.end <= phraseStart && isCompany(x) && x.id !== m.id);
    if (!other) continue;
    const end = viaUse ? m.end + viaUse[0].length : m.end;
    out.push(phraseClaim(ctx, 'compute-agreement', phraseStart, end, { subject: m.id, object: other.id }));
  }
  return out;
}

/** A compute agreement's figure ("a $38 billion cloud services deal") or the agreement itself ("supplies computing power"). */
function extractComputeAgreement(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  return [...extractDeal('compute-agreement', ctx, roles), ...extractComputeSupply(ctx), ...extractComputeDeal(ctx)];
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
