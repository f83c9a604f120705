import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import { mentionFrom, perSentence, type SentenceContext } from '../context';
import { asFraction } from '../../text/quantities';
import { actorBefore, figureClaim, mayBeAnyRound, subjectOrInferred } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';
import { FUNDING_WORDS, wholeWords } from '../funding-words';

const ROUND = wholeWords([...FUNDING_WORDS, 'financing', 'capital', 'total', 'money']);
// The round, with its owner where named: "the new OpenAI funding", "OpenAI's planned raise", "the $100 billion round".
// Company names are masked as "@" then "_" (see masked), so the owner is the "@" run. Short bounded runs of describing
// words only: no pattern here can backtrack beyond a few words.
const ROUND_PHRASE = String.raw`(?:(?:the|a|an|its|this)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:(?:us)?[$€£][\d.,]+\s*[a-z]*\s+)?(?:(@_*)(?:['’]s?)?\s+)?(?:[a-z][\w-]*\s+){0,2}?${ROUND}`;
/** "half of OpenAI's round", "50% of the raise", "half the round": the round right after the share. */
const SHARE_OF = new RegExp(String.raw`^\s*(?:of\s+|(?=the\s))${ROUND_PHRASE}`);
/** "Of the round, as much as 50% may ...": the round named first, then the share. */
const OF_ROUND_BEFORE = new RegExp(String.raw`\bof\s+${ROUND_PHRASE}\s*,\s*$`);
/** "could come from Amazon", "may be provided by Amazon": the investor named after the share. */
const GIVEN_BY =
  /^[^.;,]{0,40}\b(?:come|comes|came|coming|provided|supplied|put up|funded|covered|contributed|paid|given)\s+(?:from|by)\s+$/;

/** The sentence in lower case with each company's name masked ("@____"), so patterns can place a name anywhere. */
const masked = perSentence((ctx): string => {
  let out = '';
  let at = 0;
  for (const m of ctx.mentions) {
    if (!isCompany(m) || m.start - ctx.start < at) continue;
    out += ctx.lower.slice(at, m.start - ctx.start) + '@' + '_'.repeat(m.end - m.start - 1);
    at = m.end - ctx.start;
  }
  return out + ctx.lower.slice(at);
});

/** The company whose name the mask has at `offset` (into the sentence). */
const companyAt = (ctx: SentenceContext, offset: number) =>
  mentionFrom(ctx, ctx.start + offset, isCompany, ctx.start + offset + 1);

/** The company a share is said to come from right after `pos`: "could come from Amazon", "provided by Amazon". */
function givenBy(ctx: SentenceContext, pos: number): Mention | undefined {
  const m = mentionFrom(ctx, pos, isCompany, pos + 50);
  return m && GIVEN_BY.test(ctx.lower.slice(pos - ctx.start, m.start - ctx.start)) ? m : undefined;
}

/**
 * "Amazon could contribute as much as half of OpenAI's new funding round"; "up to 50% of the total capital"; "half of
 * the raise could come from Amazon"; "of the round, 50% may be provided by Amazon". The round's owner, where named, is
 * the claim's object; a round named with no owner may be any round (see mayBeAnyRound).
 */
function extractRoundShare(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  for (const q of ctx.quantities) {
    if (q.kind !== 'fraction' && q.kind !== 'percent') continue;
    const s = q.start - ctx.start;
    const e = q.end - ctx.start;
    const text = masked(ctx);
    const after = SHARE_OF.exec(text.slice(e, e + 80));
    const before = after ? undefined : OF_ROUND_BEFORE.exec(text.slice(Math.max(0, s - 70), s));
    if (!after && !before) continue;
    if (after && q.kind === 'fraction' && !/^\s*(?:of|the)\b/.test(text.slice(e))) continue;
    const found = (after ?? before)!;
    const from = after ? e : Math.max(0, s - 70);
    const owner = found[1] === undefined ? undefined : companyAt(ctx, from + found.index + found[0].indexOf('@'));
    const end = after ? q.end + after[0].length : q.end;
    const investor = givenBy(ctx, end) ?? actorBefore(ctx, before ? q.start - before[0].length : q.start);
    const parties = subjectOrInferred(ctx, investor?.id === owner?.id ? undefined : investor);
    const claim = figureClaim(ctx, 'round-share', asFraction(q), { ...parties, object: owner?.id });
    if (mayBeAnyRound(ctx, claim)) claim.anyRound = true;
    out.push(claim);
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
