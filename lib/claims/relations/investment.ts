import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import { companyBefore, mentionFrom, type SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { actorBefore, figureClaim, mayBeAnyRound, subjectOrInferred, targetAfter } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';
import { entityById } from '../../entities/catalogue';
import { raisedFrom, raisingWith, sourceAfter } from '../money-source';

/** Words that send money somewhere after its figure: "$200 billion this year, mostly in data centers". */
const DESTINATION = /\b(?:in|into|to|toward|towards|for|on)\b/;

/** Talks about money, not plans for it: "record investments of $125bn planned for 2026" go anywhere. */
const TALKS = /\b(?:talks?|discussions?|discussing|negotiat\w*)\b/;

const isStartup = (id: string) => entityById(id)?.startup === true;

/** "Amazon backs Anthropic with $8 billion": the company backed, then "with" and the figure. */
const WITH_FIGURE =
  /^\s+with\s+(?:(?:a total of|a further|another|an? (?:\w+ )?(?:investment|stake|commitment) of)\s+)?$/;
const BACKS =
  /^\s+(?:(?:could|would|will|may|might|is set to|plans to)\s+)?(?:backs?|backed|funds?|funded|support(?:s|ed)?|bankroll(?:s|ed)?)\s+$/;

/** "A backs B with $X": A invests in B, where the figure follows B and "with". */
function backsWith(ctx: SentenceContext, start: number): { investor: Mention; target: Mention } | undefined {
  const i = ctx.mentions.findLastIndex((m) => m.end <= start && isCompany(m));
  const target = ctx.mentions[i];
  if (!target || !WITH_FIGURE.test(ctx.lower.slice(target.end - ctx.start, start - ctx.start))) return undefined;
  const investor = ctx.mentions.slice(0, i).findLast(isCompany);
  return investor && BACKS.test(ctx.lower.slice(investor.end - ctx.start, target.start - ctx.start))
    ? { investor, target }
    : undefined;
}

/** A round named as one already known: "the round", "this new raise". */
const DEFINITE_ROUND = /\b(?:the|this) (?:[\w-]+ ){0,2}?(?:round|raise|fundraise|fundraising)\b/;

/** In a sentence about talks, the one company other than the startup `m` named before `pos`, if it is no startup. */
function talksPartner(ctx: SentenceContext, m: Mention, pos: number): Mention | undefined {
  if (!TALKS.test(ctx.lower)) return undefined;
  const others = ctx.mentions.filter((x) => x.end <= pos && isCompany(x) && x.id !== m.id);
  const ids = new Set(others.map((x) => x.id));
  return ids.size === 1 && !isStartup(others[0]!.id) ? others[0] : undefined;
}

/** Whether `m` is named right after a figure, before the deal's noun: "$50B Amazon investment". */
const namesDeal = (ctx: SentenceContext, end: number, m: Mention) =>
  m.start - end <= 1 && DEAL_NOUN.test(ctx.lower.slice(m.end - ctx.start, m.end - ctx.start + 16));
const DEAL_NOUN = /^['’]?s?\s+(?:stake|investment|deal|bet)\b/;

/** "Amazon is in talks to invest up to $50 billion in OpenAI"; "SoftBank ... a commitment of up to $30bn". */
function extractInvestment(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('investment')) {
    // A quote is loose talk: its figure, tied to the deal by the attribution alone, may support it, never contradict.
    const quoted = roles.quotedDeal(q);
    if (quoted) {
      out.push(
        figureClaim(ctx, 'investment', q, { subject: quoted.investor?.id, object: quoted.target.id, inferred: true }),
      );
      continue;
    }
    // "$30 billion from Nvidia, and $50 billion from Amazon": the investor named right after its figure.
    const source = sourceAfter(ctx, q.end);
    // "OpenAI held talks with Amazon about raising $10 billion": the investor is who the raise is discussed with.
    const partner = source ? undefined : raisingWith(ctx, q.start);
    const backing = source || partner ? undefined : backsWith(ctx, q.start);
    let investor = source ?? partner ?? backing?.investor ?? actorBefore(ctx, q.start);
    // Money raised from a company goes to whoever raises it: "OpenAI is in talks to raise $50 billion from Amazon".
    const raiser = partner
      ? companyBefore(ctx, partner.start)
      : raisedFrom(ctx, q.start, q.end)
        ? actorBefore(ctx, q.start)
        : undefined;
    let target =
      backing?.target ?? targetAfter(ctx, q.end) ?? (raiser && raiser.id !== investor?.id ? raiser : undefined);
    // "a $50B Amazon investment in OpenAI": the company naming the deal noun is its investor where another is its target.
    const named = target && namesDeal(ctx, q.end, target) ? targetAfter(ctx, target.end) : undefined;
    if (named) {
      investor ??= target;
      target = named;
    }
    // "Amazon's talks with OpenAI center on an investment of $25 billion": money in talks between a startup and one
    // other company, sent nowhere, goes from the company to the startup.
    const backer = !target && investor && isStartup(investor.id) ? talksPartner(ctx, investor, q.start) : undefined;
    if (backer) {
      target = investor;
      investor = backer;
    }
    // "The proposed $50 billion investment would position Amazon ...": the investor named after the figure.
    if (!investor) investor = mentionFrom(ctx, q.end, (m) => isCompany(m) && m !== target);
    const parties = subjectOrInferred(ctx, investor);
    const untargeted =
      !target &&
      TALKS.test(ctx.lower) &&
      investor !== undefined &&
      ctx.mentions.every((m) => !isCompany(m) || m.id === investor.id) &&
      !DESTINATION.test(ctx.lower.slice(q.end - ctx.start));
    const claim = figureClaim(ctx, 'investment', q, {
      ...parties,
      object: target?.id,
      ...(untargeted && { untargeted }),
    });
    // "Up to $30 billion could come from SoftBank, people familiar with the round said": a round with no owner.
    if (DEFINITE_ROUND.test(ctx.lower) && mayBeAnyRound(ctx, claim)) claim.anyRound = true;
    out.push(claim);
  }
  return out;
}

export const investment: RelationModule = {
  relation: 'investment',
  label: 'Investments',
  noun: 'investment',
  map: { edge: 'investment', what: 'stake', rank: 0 },
  policy: {},
  money: {
    cues: /\binvest(?:s|ed|ing|ment|ments)?\b|\bstake\b|\bputting\b|\bput\b|\bbet\b|\bcheck\b|\bcommit(?:s|ted|ting|ment)?\b|\bcontribut\w*|\bpour\w*|\binfusion\b|\bbacking\b|\bbacks\b/g,
    nounAfter: /^\s*(?:minority |strategic |direct )?(?:investment|stake|bet|check|commitment|infusion)\b/,
  },
  extract: extractInvestment,
};
