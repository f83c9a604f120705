import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { actorBefore, mayBeAnyRound, phraseClaim } from '../parties';
import { isCompany } from '../../entities/mentions';
import { ROUND_NOUNS, wholeWords } from '../funding-words';

// "make Amazon the largest contributor", "Amazon would be the single biggest investor": the party named right before.
const LARGEST =
  /\bthe (?:single )?(?:largest|biggest) (?:single )?(?:contributor|investor|backer|participant|funder)s?\b/g;
// "a move that would anchor a broader capital raise", "Amazon anchored the round". What is anchored is a round named
// as a thing: the round's nouns, "financing", and of "fundraise" only its nouns (not "raising", which names the act).
const ANCHORED = [...ROUND_NOUNS, 'fundraising', 'fundraise', 'financing'];
const ANCHOR = new RegExp(`\\banchor(?:s|ed|ing)? (?:the|a|an|its|this) (?:\\w+ ){0,2}?${wholeWords(ANCHORED)}`, 'g');

/**
 * Between a company and "the largest investor": a verb of being or becoming ("would be", "to become", "could end up"),
 * also in a clause on the company (", which would become").
 */
const BEING =
  /^\s*(?:,\s*(?:which|who)\s+)?(?:(?:would|will|could|may|might|should|to|is set to|is expected to|is poised to|is likely to)\s+)?(?:(?:is|was|be|become|becomes|became|end up|ends up|as)\s+)?$/;

/** The company named right before `pos`, with at most a verb like "would be" between. */
function companyRightBefore(ctx: SentenceContext, pos: number) {
  const m = [...ctx.mentions].reverse().find((x) => x.end <= pos && isCompany(x));
  return m && BEING.test(ctx.lower.slice(m.end - ctx.start, pos - ctx.start)) ? m : undefined;
}

/** Who is (or would be) the largest investor in a round: named before "the largest contributor", or anchoring it. */
function extractAnchorInvestor(ctx: SentenceContext): Claim[] {
  if (!ctx.lower.includes('anchor') && !ctx.lower.includes('largest') && !ctx.lower.includes('biggest')) return [];
  const out: Claim[] = [];
  for (const re of [LARGEST, ANCHOR]) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.lower); m; m = re.exec(ctx.lower)) {
      const start = ctx.start + m.index;
      const end = start + m[0].length;
      // "make Amazon the largest contributor": the company right before; "Amazon ... would anchor": the actor.
      const investor = re === LARGEST ? companyRightBefore(ctx, start) : actorBefore(ctx, start);
      const round = ctx.mentions.find((x) => x.start >= end && isCompany(x) && x.start - end < 30);
      if (!investor) continue;
      const claim = phraseClaim(ctx, 'anchor-investor', start, end, { subject: investor.id, object: round?.id });
      if (mayBeAnyRound(ctx, claim)) claim.anyRound = true;
      out.push(claim);
    }
  }
  return out;
}

export const anchorInvestor: RelationModule = {
  relation: 'anchor-investor',
  label: 'Largest investors',
  noun: 'place as largest investor',
  map: { edge: 'investment', what: 'largest investor', rank: 4 },
  policy: { existence: true },
  extract: extractAnchorInvestor,
};
