import type { Claim, Quantity } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { figureClaim, isTarget, subjectOrInferred, targetAfter } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';
import { firstMentionFrom, mentionFrom, perSentence } from '../context';
import { lowerBound } from '../../lower-bound';
import { entityById } from '../../entities/catalogue';
import { roundOwner } from './round-owner';
import { FUNDING_WORDS, wholeWords } from '../funding-words';

/**
 * The shared funding words, and: the phrases around the noun, matched whole so that the cue starts where the phrase
 * does ("$5 billion in funding" is nearer its cue than the bare noun; "funding round" stays one cue, ahead of
 * "funding"), and "raised", since the amount a company raised is a round's size.
 */
const ROUND_SIZE_CUES = ['funding round', 'financing round', 'new funding', 'in funding', ...FUNDING_WORDS, 'raised'];

const INVESTING_AFTER =
  /^[^.;]{0,40}?\b(?:invest(?:s|ed|ing)?\b|contribut(?:e|es|ed|ing)\b|put\w*|commit\w*|back\w*|participat\w*|join\w*|pour\w*|forming|make up|account for)\b/;

/** "$100 billion being raised by OpenAI", "sought by OpenAI": the raiser named after the figure, as the agent. */
const RAISED_BY = /^\s*(?:(being|to be)\s+)?(?:raised|(sought|targeted|pursued))\s+by\s+$/;

/** The raiser named as the agent after a figure, and whether the raise is still under way ("being raised", "sought"). */
function raisedBy(ctx: SentenceContext, end: number): { company: Mention; underWay: boolean } | undefined {
  const agent = mentionFrom(ctx, end, isCompany, end + 40);
  const m = agent && RAISED_BY.exec(ctx.lower.slice(end - ctx.start, agent.start - ctx.start));
  return m ? { company: agent, underWay: m[1] !== undefined || m[2] !== undefined } : undefined;
}

/** Right before an investor in the round: "led by", "backed by", "from". */
const BACKING = /\b(?:(?:led|co-led|backed|anchored|headed|joined|funded) by|from|with)\s+$/;

/** Who raises a round: "OpenAI's push to raise", "a round for OpenAI"; a company that is investing in it is not. */
function raiser(ctx: SentenceContext, pos: number, end: number) {
  const target = targetAfter(ctx, pos);
  // "$25B in a new round led by Amazon": the company leading or backing the round invests in it.
  if (target && !BACKING.test(ctx.lower.slice(pos - ctx.start, target.start - ctx.start))) return target;
  const agent = raisedBy(ctx, end);
  if (agent) return agent.company;
  const investors = new Set<Mention>();
  for (let i = firstMentionFrom(ctx, pos) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > pos || !isCompany(m)) continue;
    if (isTarget(ctx, m)) return m;
    // A company investing in the round, or one that is no startup and so raises no round ("as Big Tech and SoftBank
    // crowded into the $110 billion round"), is an investor: the raiser is the round's owner, or the inferred startup.
    if (
      entityById(m.id)?.startup !== true ||
      INVESTING_AFTER.test(ctx.lower.slice(m.end - ctx.start, pos - ctx.start))
    ) {
      investors.add(m);
      continue;
    }
    return m;
  }
  if (investors.size > 0) {
    const owner = roundOwner(ctx, pos, investors);
    return owner === undefined ? undefined : ctx.mentions.find((m) => m.id === owner && !investors.has(m));
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

/** "$100 billion in fresh capital", "of new funding": the money a round brings in, named as new money. */
const NEW_MONEY = /^\s*(?:in|of)\s+(?:fresh|new)\s+(?:capital|funding|financing|money|equity)\b/;
/** The words that make a figure an increment (as event.ts reads them), "fresh" aside. */
const INCREMENT = /\b(?:another|additional|further|extra|follow-on)\b|\bmore\b(?!\s+than)/;

/**
 * A round's whole size said as new money: a funding round, and "fresh" there says the money is new to the company,
 * not that it adds to another figure. Other increment words around it still make it one.
 */
function asNewMoney(ctx: SentenceContext, q: Quantity, claim: Claim) {
  const event = claim.event;
  if (!event.round) {
    event.round = 'funding-round';
    event.words.push('funding-round');
  }
  const around = ctx.lower.slice(Math.max(0, q.start - ctx.start - 30), q.end - ctx.start + 25);
  if (event.incremental && !INCREMENT.test(around)) {
    delete event.incremental;
    event.words = event.words.filter((w) => w !== 'increment');
  }
}

/** "a $100 billion funding round", "could raise over $100 billion". */
const LISTING = String.raw`(?:ipo|initial public offering|public offering|public listing|listing|stock market debut)`;
/** "OpenAI's IPO is expected to raise", "an OpenAI listing might bring in": the listing raises the figure after it. */
const LISTING_RAISES = new RegExp(
  String.raw`\b${LISTING}\s+(?:[\w'’]+\s+){0,4}?(?:raise|raises|raising|bring in|brings in|bringing in|fetch|fetches)\s+(?:(?:about|around|roughly|some|up to|as much as|more than|over)\s+)?$`,
);
/** "could raise $60 billion in its IPO": the figure raised in a listing named right after it. */
const IN_LISTING = new RegExp(
  String.raw`^\s+(?:in|through|via|from|at)\s+(?:its|an|a|the|their|his|her)\s+(?:\w+\s+)?${LISTING}\b`,
);

/** Money a stock-market listing raises is no private round's size. */
const raisedByListing = (ctx: SentenceContext, q: Quantity) =>
  LISTING_RAISES.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 70), q.start - ctx.start)) ||
  IN_LISTING.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 50));

function extractRoundSize(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('round-size')) {
    if (raisedByListing(ctx, q)) continue;
    // A quoted figure tied to the round by the attribution alone: loose talk, support only.
    const quoted = roles.quotedDeal(q);
    const parties = quoted
      ? { subject: quoted.target.id, inferred: true }
      : subjectOrInferred(ctx, raiser(ctx, q.start, q.end), true);
    const claim = figureClaim(ctx, 'round-size', q, parties);
    if (NEW_MONEY.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 40))) asNewMoney(ctx, q, claim);
    // A raise under way is the round in talks: "the $100 billion being raised by OpenAI".
    if (raisedBy(ctx, q.end)?.underWay) {
      if (!claim.event.round) {
        claim.event.round = 'funding-round';
        claim.event.words.push('funding-round');
      }
      if (claim.event.status === 'completed') {
        claim.event.status = 'prospective';
        claim.event.words = claim.event.words.map((w) => (w === 'completed' ? 'in talks/planned' : w));
      }
    }
    out.push(claim);
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
      /^\s*(?:in )?(?:new )?(?:funding|financing)? ?round\b|^\s*(?:in )?new funding\b|^\s*(?:of )?(?:new )?funding\b|^\s*in (?:new |fresh |committed |equity )?(?:capital|funding|financing)\b|^\s*of (?:new|fresh) (?:capital|funding|financing)\b/,
  },
  extract: extractRoundSize,
};
