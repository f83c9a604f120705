import type { Claim } from '../types';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { actorBefore, figureClaim, isTarget, subjectOrInferred, targetAfter } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';
import { firstMentionFrom } from '../context';
import { lowerBound } from '../../lower-bound';

const INVESTING_AFTER = /^[^.;]{0,40}?\b(?:invest(?:s|ed|ing)?\b|contribut(?:e|es|ed|ing)\b|put\w*|commit\w*|back\w*|participat\w*|join\w*|pour\w*|forming|make up|account for)\b/;

/** Who raises a round: "OpenAI's push to raise", "a round for OpenAI"; a company that is investing in it is not. */
function raiser(ctx: SentenceContext, pos: number) {
  const target = targetAfter(ctx, pos);
  if (target) return target;
  for (let i = firstMentionFrom(ctx, pos) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > pos || !isCompany(m)) continue;
    if (isTarget(ctx, m)) return m;
    if (INVESTING_AFTER.test(ctx.lower.slice(m.end - ctx.start, pos - ctx.start))) continue;
    return m;
  }
  const possessive = possessiveCompanies(ctx);
  return possessive[lowerBound(possessive.length, (i) => possessive[i]!.start < pos)];
}

/** The companies of a sentence written with "'s" ("OpenAI's"), in order: worked out once per sentence. */
function possessiveCompanies(ctx: SentenceContext): Mention[] {
  let found = possessiveCache.get(ctx);
  if (!found) {
    found = ctx.mentions.filter((m) => isCompany(m) && /['’]s\b/.test(ctx.sentence.slice(m.end - ctx.start, m.end - ctx.start + 2)));
    possessiveCache.set(ctx, found);
  }
  return found;
}
const possessiveCache = new WeakMap<SentenceContext, Mention[]>();

/** "a $100 billion funding round", "could raise over $100 billion". */
export function extractRoundSize(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('round-size')) {
    const parties = subjectOrInferred(ctx, raiser(ctx, q.start));
    out.push(figureClaim(ctx, 'round-size', q, parties));
  }
  return out;
}

const SHARE_OF_ROUND = /^\s*(?:of\s+)?(?:the\s+|a\s+|its\s+)?(?:new\s+|total\s+|broader\s+)?(?:\$[\d.,]+\s*\w*\s+)?(?:funding round|round|funding|total|capital|raise|money|new money)\b/;

/** "Amazon could contribute as much as half of a new funding round"; "up to 50% of the total capital". */
export function extractRoundShare(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  for (const q of ctx.quantities) {
    if (q.kind !== 'fraction' && q.kind !== 'percent') continue;
    if (!SHARE_OF_ROUND.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 50))) continue;
    if (q.kind === 'fraction' && !/^\s*of\b/.test(ctx.lower.slice(q.end - ctx.start))) continue;
    const parties = subjectOrInferred(ctx, actorBefore(ctx, q.start));
    const value = q.kind === 'percent' ? { ...q, kind: 'fraction' as const, value: q.value / 100 } : q;
    out.push({ ...figureClaim(ctx, 'round-share', value, parties) });
  }
  return out;
}
