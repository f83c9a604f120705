import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { asFraction } from '../../text/quantities';
import { companyBefore, figureClaim } from '../parties';
import { includesAny } from '../../text/chars';

const MARKET_WORDS = ['market', 'spend', 'services'];
export const mayNameMarket = (lower: string) => includesAny(lower, MARKET_WORDS);
export const MARKET =
  /^\s*(?:of\s+)?(?:the\s+)?(?:global\s+|worldwide\s+|u\.s\.\s+)?(?:(?:cloud|cloud infrastructure|cloud computing|ai)\s*(?:infrastructure\s+)?(?:market|spend\w*|services)|market for cloud)\b/;

/** "AWS at roughly one-third of global cloud infrastructure spend", "Azure has 24% of the cloud market". */
function extractMarketShare(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  let namesMarket: boolean | undefined;
  for (const q of ctx.quantities) {
    if (q.kind !== 'fraction' && q.kind !== 'percent') continue;
    // Every MARKET phrase holds "market", "spend" or "services": asked of the sentence once, at its first share.
    namesMarket ??= mayNameMarket(ctx.lower);
    if (!namesMarket || !MARKET.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 60))) continue;
    const named = companyBefore(ctx, q.start, 60);
    if (!named) continue;
    const value = asFraction(q);
    out.push(
      figureClaim(ctx, 'market-share', value, {
        subject: named.named === 'aws' || named.named === 'azure' || named.named === 'google' ? named.named : named.id,
        detail: 'cloud',
      }),
    );
  }
  return out;
}
export const marketShare: RelationModule = {
  relation: 'market-share',
  label: 'Market share',
  noun: 'market share',
  policy: { timeVarying: true },
  extract: extractMarketShare,
};
