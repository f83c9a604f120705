import type { Claim, Quantity } from '../types';
import type { RelationModule } from '../relation';
import { mentionFrom, type SentenceContext } from '../context';
import { asFraction } from '../../text/quantities';
import { companyBefore, figureClaim } from '../parties';
import { includesAny } from '../../text/chars';
import { isCompany, type Mention } from '../../entities/mentions';

const MARKET_WORDS = ['market', 'spend', 'services'];
export const mayNameMarket = (lower: string) => includesAny(lower, MARKET_WORDS);
export const MARKET =
  /^\s*(?:of\s+)?(?:the\s+)?(?:global\s+|worldwide\s+|world\s+|u\.s\.\s+)?(?:(?:cloud|cloud infrastructure|cloud computing|ai)\s*(?:infrastructure\s+)?(?:market|spend\w*|services)|market for cloud)\b/;

// "a third of cloud spend goes to AWS": the market's share named before its holder.
const GOES_TO = /^\s+(?:goes|go|went|flows?|flowed|belongs?|belonged|falls?|fell)\s+to\s+$/;
// "With about a third of cloud spend, AWS leads": an opening phrase whose share the clause's subject holds.
const OPENING_WITH = /^\W*with\s+(?:(?:about|roughly|around|nearly|almost|some)\s+)?$/;
const COMMA = /^\s*,\s*$/;
// "AWS's share of cloud spend is roughly a third": the holder before "share of", the figure after a verb.
const SHARE_OF = /^(?:['’]s?)?\s+(?:market\s+)?$/;
const SHARE_VERB =
  /^\s+(?:is|was|stands at|stood at|sits at|holds at|has reached|reached|hit|came to|comes to|amounts to|totals)\s+(?:(?:about|roughly|around|nearly|almost|some|close to)\s+)?$/;

/** The company a share after the figure belongs to ("goes to AWS", "With a third of it, AWS ..."). */
function holderAfter(ctx: SentenceContext, q: Quantity, marketEnd: number): Mention | undefined {
  const next = mentionFrom(ctx, marketEnd, isCompany, marketEnd + 24);
  if (!next) return undefined;
  const between = ctx.lower.slice(marketEnd - ctx.start, next.start - ctx.start);
  if (GOES_TO.test(between)) return next;
  return OPENING_WITH.test(ctx.lower.slice(0, q.start - ctx.start)) && COMMA.test(between) ? next : undefined;
}

/** "AWS's share of global cloud spend is roughly a third": the holder named before "share of the market". */
function holderBefore(ctx: SentenceContext, q: Quantity): Mention | undefined {
  const lead = ctx.lower.slice(Math.max(0, q.start - ctx.start - 90), q.start - ctx.start);
  const at = lead.lastIndexOf('share of');
  if (at < 0) return undefined;
  const market = MARKET.exec(lead.slice(at + 'share'.length));
  if (!market || !SHARE_VERB.test(lead.slice(at + 'share'.length + market[0].length))) return undefined;
  const shareAt = q.start - lead.length + at;
  const holder = companyBefore(ctx, shareAt, 10);
  return holder && SHARE_OF.test(ctx.lower.slice(holder.end - ctx.start, shareAt - ctx.start)) ? holder : undefined;
}

/** "AWS at roughly one-third of global cloud infrastructure spend", "Azure has 24% of the cloud market". */
function extractMarketShare(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  let namesMarket: boolean | undefined;
  for (const q of ctx.quantities) {
    if (q.kind !== 'fraction' && q.kind !== 'percent') continue;
    // Every MARKET phrase holds "market", "spend" or "services": asked of the sentence once, at its first share.
    namesMarket ??= mayNameMarket(ctx.lower);
    if (!namesMarket) continue;
    const market = MARKET.exec(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 60));
    const named = market
      ? (companyBefore(ctx, q.start, 60) ?? holderAfter(ctx, q, q.end + market[0].length))
      : holderBefore(ctx, q);
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
