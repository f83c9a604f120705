import type { Quantity, Relation } from './types';
import { RELATION_MODULES } from './relations/index';
import type { MoneyRoles } from './extract-types';
import { companyBefore, mentionFrom, perSentence, type SentenceContext } from './context';
import { entityById } from '../entities/catalogue';
import { isCompany } from '../entities/mentions';
import { lowerBound } from '../lower-bound';
import { raisedFrom, raisingWith, sourceAfter } from './money-source';
import { quotedDeal, type QuotedDeal } from './quoted-deal';

/** What a money figure in a sentence is about: the relation whose cue words are nearest to it. */
export type MoneyRole = Relation;

/** Each relation's cue words, from its module, in the modules' order. */
export const CUES: [MoneyRole, RegExp][] = RELATION_MODULES.flatMap((m) =>
  m.money?.cues ? [[m.relation, m.money.cues] as [MoneyRole, RegExp]] : [],
);

/** A figure that is a noun's modifier belongs to that noun: "$100 billion funding round", "$50B investment". */
const NOUN_AFTER: [RegExp, MoneyRole][] = RELATION_MODULES.flatMap((m) =>
  m.money?.nounAfter ? [[m.money.nounAfter, m.relation] as [RegExp, MoneyRole]] : [],
);
/** A verb right before the figure: "could raise up to $100 billion". */
const VERB_BEFORE: [RegExp, MoneyRole][] = RELATION_MODULES.flatMap((m) =>
  m.money?.verbBefore ? [[m.money.verbBefore, m.relation] as [RegExp, MoneyRole]] : [],
);

/**
 * All the cue words in one scan, each role's regex a numbered group. No two roles' cue words overlap or start at the
 * same place, so this finds exactly what the regexes of CUES find one by one, sorted by position (a test checks it).
 */
const CUE_SCAN = new RegExp(CUES.map(([, re]) => `(${re.source})`).join('|'), 'g');

const SHARE_PRICE =
  /\b(?:shares?|stock)\b[^.;]{0,40}\btrading\b|\btrading (?:at|around|near)\b|\bshare price\b|\bstock price\b|\bshares? (?:rose|fell|closed|ended)\b/;
/**
 * A price set right after the stock it is of: "Amazon shares trade at", "shares of Amazon changed hands near", "the stock,
 * at about", "Amazon Stock Near" (headline); a figure given as where the stock is, not what it gained.
 */
const STOCK_AT =
  /\b(?:shares?|stock)(?: of [\w.&'’-]+)?,?\s+(?:(?:is|are|was|were|now|currently|last)\s+)?(?:(?:trades?|traded|trading|chang(?:ed|es) hands|sits?|sat|stands?|stood|hover(?:s|ed|ing)?|priced|quoted)\s+)?(?:(?:at|near|around|about)\s+)?$/;
/** The same after a ticker ("AMZN, at about", "MSFT trades near"): a company written as 2 to 5 capitals. */
const TICKER_AT =
  /\b[A-Z]{2,5},?\s+(?:(?:trades?|traded|trading|chang(?:ed|es) hands|sits?|sat|stands?|stood|hover(?:s|ed|ing)?)\s+)?(?:(?:at|near|around|about)\s+)?$/;
/** "the figure potentially reaching", "an amount that could total": the verb's subject is a figure named before. */
const RESTATED_AMOUNT = /\b(?:figure|amount|sum|investment|stake|commitment|check|cheque|bet)\b[^.;,]{0,25}$/;
/** "$30 billion in the new round", "in OpenAI's round": money placed in a round, not the round's size. */
const IN_A_ROUND = /^\s*in\s+(?:(?:the|its|this|that)\s+)?(?:[\w.'’-]+\s+){0,3}?round\b/;
/** An investment, perhaps "in/to" its company or round, as the subject of a verb that gives its amount. */
const STAKE_SUBJECT =
  /\b(?:investment|stake|commitment|contribution)\s+(?:(?:to|in|into)\s+(?:(?:the|its|this)\s+)?(?:[\w.'’-]+\s+){1,3}?)?(?:(?:could|would|will|may|might)\s+)?(?:reach|total|top)\w*\s+$/;
const PER_SHARE = /^\s*(?:a|per|each) share\b/;
/** A word every phrase of SHARE_PRICE holds: most figures' surroundings lack all of them, and this test is cheap. */
const SHARE_PRICE_WORD = /trading|price|rose|fell|closed|ended/;
const MAX_DISTANCE = 90;

/** Whether the sentence holds a SHARE_PRICE_WORD anywhere: asked once per sentence, so most figures skip the test. */
const sentenceMayNamePrice = perSentence((ctx) => SHARE_PRICE_WORD.test(ctx.lower));

/** The end of a company named right after a figure ("$50B OpenAI stake"), as an offset into the sentence. */
function companyRightAfter(ctx: SentenceContext, end: number): number | undefined {
  const m = mentionFrom(ctx, end, isCompany, end + 2);
  return m && /^\s?$/.test(ctx.doc.text.slice(end, m.start))
    ? m.end + (/^['’]s?/.exec(ctx.doc.text.slice(m.end, m.end + 2))?.[0].length ?? 0) - ctx.start
    : undefined;
}

/** Whether a company written as its ticker comes right before the figure at sentence offset `s` (TICKER_AT). */
function tickerBefore(ctx: SentenceContext, s: number): boolean {
  const before = ctx.sentence.slice(Math.max(0, s - 30), s);
  const m = TICKER_AT.exec(before);
  if (!m) return false;
  const at = ctx.start + s - before.length + m.index;
  return mentionFrom(ctx, at, isCompany, at + 1) !== undefined;
}

export interface Cue {
  role: MoneyRole;
  start: number;
  end: number;
}

// Cue words are found once per sentence, so a sentence full of figures costs linear time, not figures x length.
const sentenceCueList = perSentence((ctx) => sentenceCues(ctx.lower));

/** The cue words of a (lower-cased) sentence, in order. */
export function sentenceCues(lower: string): Cue[] {
  const cues: Cue[] = [];
  CUE_SCAN.lastIndex = 0;
  for (let m = CUE_SCAN.exec(lower); m; m = CUE_SCAN.exec(lower)) {
    let group = 1;
    while (m[group] === undefined) group++;
    cues.push({ role: CUES[group - 1]![0], start: m.index, end: m.index + m[0].length });
  }
  return cues;
}

/** The index of the first cue ending at or after `from`, in cues sorted by start (cue words barely overlap). */
function firstCueFrom(cues: Cue[], from: number): number {
  return lowerBound(cues.length, (i) => cues[i]!.end < from);
}

/** The relation a money figure belongs to, or undefined when nothing near it says. */
function moneyRole(ctx: SentenceContext, q: Quantity): MoneyRole | undefined {
  const s = q.start - ctx.start;
  const e = q.end - ctx.start;
  // "$42 a share": a price per share is never a deal's total.
  if (PER_SHARE.test(ctx.lower.slice(e, e + 12)))
    return q.value < 10_000 && SHARE_PRICE.test(ctx.lower.slice(Math.max(0, s - 60), e + 10))
      ? 'share-price'
      : undefined;
  // "raise $50 billion from Amazon", "talks with Amazon about raising $10 billion": that company's investment.
  if (raisedFrom(ctx, q.start, q.end) ?? raisingWith(ctx, q.start)) return 'investment';
  // "$50B OpenAI stake", "a $100 billion OpenAI round": a company named between the figure and its noun is a party.
  const nounAt = companyRightAfter(ctx, q.end) ?? e;
  const noun = ctx.lower.slice(nounAt, nounAt + 40);
  for (const [re, role] of NOUN_AFTER) if (re.test(noun)) return role;
  // "SoftBank's contribution to the round could reach $30 billion": an investment is the verb's subject.
  if (STAKE_SUBJECT.test(ctx.lower.slice(Math.max(0, s - 70), s))) return 'investment';
  // Not where the verb's subject is a figure already named ("the figure potentially reaching $50 billion").
  const lead = ctx.lower.slice(Math.max(0, s - 30), s);
  for (const [re, role] of VERB_BEFORE)
    if (re.test(lead) && !RESTATED_AMOUNT.test(ctx.lower.slice(Math.max(0, s - 45), s))) return role;
  if (q.value < 10_000 && !q.high) {
    const around = ctx.lower.slice(Math.max(0, s - 60), e + 10);
    if (sentenceMayNamePrice(ctx) && SHARE_PRICE_WORD.test(around) && SHARE_PRICE.test(around)) return 'share-price';
    if (STOCK_AT.test(ctx.lower.slice(Math.max(0, s - 45), s)) || tickerBefore(ctx, s)) return 'share-price';
  }

  const cues = sentenceCueList(ctx);
  let best: MoneyRole | undefined;
  let bestD = Infinity;
  for (
    let i = firstCueFrom(cues, s - MAX_DISTANCE - 30);
    i < cues.length && cues[i]!.start <= e + MAX_DISTANCE + 30;
    i++
  ) {
    const cue = cues[i]!;
    // Cues after the figure count a little less than cues before it ("invest $X" vs "$X ... and raise").
    const d = cue.end <= s ? s - cue.end : cue.start >= e ? (cue.start - e) * 1.2 : 0;
    if (d <= MAX_DISTANCE && d < bestD) {
      best = cue.role;
      bestD = d;
    }
  }
  // "the round includes $30 billion from Nvidia": a part of a round that comes from a company is its investment.
  if (best === 'round-size' && sourceAfter(ctx, q.end)) return 'investment';
  // "SoftBank is weighing $30 billion in the new round": money a company that raises nothing puts in a round.
  if (best === 'round-size' && IN_A_ROUND.test(ctx.lower.slice(e, e + 50))) {
    const actor = companyBefore(ctx, q.start, 80);
    if (actor && !entityById(actor.id)?.startup) return 'investment';
  }
  // Buying cloud services or compute is a compute agreement, not an acquisition.
  if (best === 'acquisition') {
    for (let i = firstCueFrom(cues, s - MAX_DISTANCE); i < cues.length && cues[i]!.start <= e + MAX_DISTANCE; i++) {
      if (cues[i]!.role === 'compute-agreement') return 'compute-agreement';
    }
  }
  return best;
}

const NO_FIGURES: readonly Quantity[] = [];

/** The role of every exact money figure of a sentence, with the figures of each role listed in order. */
class SentenceMoneyRoles implements MoneyRoles {
  private readonly roles = new Map<Quantity, MoneyRole | undefined>();
  private readonly byRole = new Map<MoneyRole, Quantity[]>();
  private readonly quoted = new Map<Quantity, QuotedDeal>();

  constructor(ctx: SentenceContext) {
    for (const q of ctx.quantities) {
      if (q.kind !== 'money' || q.vague) continue;
      // A quoted figure whose attribution alone names the deal takes the deal's role, whatever words are near it.
      const deal = quotedDeal(ctx, q, (from, to) => !hasCue(ctx, from, to));
      if (deal) this.quoted.set(q, deal);
      const role = deal ? deal.role : moneyRole(ctx, q);
      this.roles.set(q, role);
      if (role === undefined) continue;
      const list = this.byRole.get(role);
      if (list) list.push(q);
      else this.byRole.set(role, [q]);
    }
  }

  get(q: Quantity): MoneyRole | undefined {
    return this.roles.get(q);
  }

  figures(role: MoneyRole): readonly Quantity[] {
    return this.byRole.get(role) ?? NO_FIGURES;
  }

  quotedDeal(q: Quantity): QuotedDeal | undefined {
    return this.quoted.get(q);
  }
}

/** Whether a cue word of any relation lies in the sentence's [from, to). */
function hasCue(ctx: SentenceContext, from: number, to: number): boolean {
  const cues = sentenceCueList(ctx);
  const i = firstCueFrom(cues, from);
  return i < cues.length && cues[i]!.start < to;
}

export const moneyRoles = (ctx: SentenceContext): MoneyRoles => new SentenceMoneyRoles(ctx);
