import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { figureClaim, isTarget, subjectOrInferred, targetAfter } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';
import { firstMentionFrom, perSentence } from '../context';
import { lowerBound } from '../../lower-bound';
import { FUNDING_WORDS, wholeWords } from '../funding-words';

/**
 * The shared funding words, and: the phrases around the noun, matched whole so that the cue starts where the phrase
 * does ("$5 billion in funding" is nearer its cue than the bare noun; "funding round" stays one cue, ahead of
 * "funding"), and "raised", since the amount a company raised is a round's size.
 */
const ROUND_SIZE_CUES = ['funding round', 'financing round', 'new funding', 'in funding', ...FUNDING_WORDS, 'raised'];

const INVESTING_AFTER =
  /^[^.;]{0,40}?\b(?:invest(?:s|ed|ing)?\b|contribut(?:e|es|ed|ing)\b|put\w*|commit\w*|back\w*|participat\w*|join\w*|pour\w*|forming|make up|account for)\b/;

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
const possessiveCompanies = perSentence((ctx): Mention[] =>
  ctx.mentions.filter(
    (m) => isCompany(m) && /['’]s\b/.test(ctx.sentence.slice(m.end - ctx.start, m.end - ctx.start + 2)),
  ),
);

/** "a $100 billion funding round", "could raise over $100 billion". */
function extractRoundSize(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('round-size')) {
    const parties = subjectOrInferred(ctx, raiser(ctx, q.start), true);
    out.push(figureClaim(ctx, 'round-size', q, parties));
  }
  return out;
}
export const roundSize: RelationModule = {
  relation: 'round-size',
  label: 'Funding round size',
  noun: 'funding round size',
  policy: {},
  money: {
    cues: new RegExp(wholeWords(ROUND_SIZE_CUES), 'g'),
    // "could bring in up to $100 billion", "OpenAI eyes $100 billion": the amount a round raises.
    verbBefore:
      /\b(?:raise|raising|raises|bring in|brings in|bringing in|reach|reaching|total|totaling|totalling|seeking|seeks|eyes|eyeing|targets|targeting|approach|approaching)\s+$/,
    nounAfter:
      /^\s*(?:in )?(?:new )?(?:funding|financing)? ?round\b|^\s*(?:in )?new funding\b|^\s*(?:of )?(?:new )?funding\b|^\s*in (?:new |fresh |committed |equity )?(?:capital|funding|financing)\b/,
  },
  extract: extractRoundSize,
};
