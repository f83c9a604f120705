import type { Claim } from '../types';
import type { SentenceContext } from '../context';
import { phraseClaim, subjectOrInferred } from '../parties';
import { isCompany } from '../../entities/mentions';

// Every phrase holds "comput": sentences without it skip the regex.
export const SUPPLY = /\b(?:sell(?:s|ing)?|suppl(?:y|ies|ying)|provid(?:e|es|ing)|rent(?:s|ing)?(?: out)?|leas(?:e|es|ing))\s+(?:cloud\s+)?comput(?:ing|e)\s+(?:power|capacity|resources)\b/g;

/** "Amazon supplies computing power to OpenAI": the compute agreement itself, no figure. */
export function extractComputeSupply(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  if (!ctx.mentions.some(isCompany) || !ctx.lower.includes('comput')) return out;
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

const EMPLOYEES = /\b(?:employees|workforce|staff)\b[^.;]{0,40}?\b(?:access|use)\b/g;

/** "Amazon employees might be able to access and use those models": staff access to another company's models. */
export function extractModelAccess(ctx: SentenceContext): Claim[] {
  if (!ctx.lower.includes('model') || !/\bmodels?\b/.test(ctx.lower)) return [];
  const out: Claim[] = [];
  EMPLOYEES.lastIndex = 0;
  for (let m = EMPLOYEES.exec(ctx.lower); m; m = EMPLOYEES.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const owner = [...ctx.mentions].reverse().find((x) => x.end <= start && isCompany(x) && start - x.end < 3);
    const parties = subjectOrInferred(ctx, owner);
    const claimStart = owner ? owner.start : start;
    out.push(phraseClaim(ctx, 'model-access', claimStart, start + m[0].length, { ...parties, detail: 'employees' }));
  }
  return out;
}
