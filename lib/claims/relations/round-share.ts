import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { asFraction } from '../../text/quantities';
import { actorBefore, figureClaim, subjectOrInferred } from '../parties';

const SHARE_OF_ROUND =
  /^\s*(?:of\s+)?(?:the\s+|a\s+|its\s+)?(?:new\s+|total\s+|broader\s+)?(?:\$[\d.,]+\s*\w*\s+)?(?:funding round|round|funding|total|capital|raise|money|new money)\b/;

/** "Amazon could contribute as much as half of a new funding round"; "up to 50% of the total capital". */
function extractRoundShare(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  for (const q of ctx.quantities) {
    if (q.kind !== 'fraction' && q.kind !== 'percent') continue;
    if (!SHARE_OF_ROUND.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 50))) continue;
    if (q.kind === 'fraction' && !/^\s*of\b/.test(ctx.lower.slice(q.end - ctx.start))) continue;
    const parties = subjectOrInferred(ctx, actorBefore(ctx, q.start));
    const value = asFraction(q);
    out.push({ ...figureClaim(ctx, 'round-share', value, parties) });
  }
  return out;
}
export const roundShare: RelationModule = {
  relation: 'round-share',
  label: 'Shares of a round',
  noun: 'share of a round',
  map: { edge: 'investment', what: 'share of round', rank: 2 },
  policy: {},
  extract: extractRoundShare,
};
