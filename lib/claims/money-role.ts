import type { Quantity, Relation } from './types';
import type { MoneyRoles } from './extract-types';
import { mentionFrom, type SentenceContext } from './context';
import { isCompany } from '../entities/mentions';
import { isSpace, lastWord } from '../text/chars';
import { lowerBound } from '../lower-bound';

/** What a money figure in a sentence is about, decided by the cue words nearest to it. */
export type MoneyRole = Extract<Relation, 'investment' | 'round-size' | 'valuation' | 'revenue' | 'data-center' | 'acquisition' | 'share-price' | 'compute-agreement'>;

export const CUES: [MoneyRole, RegExp][] = [
  ['valuation', /\bvalu(?:e|es|ed|ing|ation|ations)\b|\bworth\b|\bpost-money\b|\bpre-money\b|\bmark\b/g],
  ['round-size', /\b(?:funding round|financing round|round|fundrais\w*|fund-rais\w*|raise|raising|raised|new funding|in funding|funding|capital raise)\b/g],
  ['investment', /\binvest(?:s|ed|ing|ment|ments)?\b|\bstake\b|\bputting\b|\bput\b|\bbet\b|\bcheck\b|\bcommit(?:s|ted|ting|ment)?\b|\bcontribut\w*|\bpour\w*|\binfusion\b|\bbacking\b/g],
  ['revenue', /\brevenues?\b|\brun-rates?\b|\barr\b|\bsales\b/g],
  ['data-center', /\bdata[- ]cent(?:er|re)s?\b/g],
  ['acquisition', /\bacqui(?:re|red|res|ring|sition)\b|\bbought\b|\bbuy(?:s|ing)?\b|\bpurchase\w*/g],
  ['compute-agreement', /\bcloud(?: services| computing)? (?:deal|contract|agreement)\b|\bcloud services\b|\bcompute (?:capacity|deal|contract|agreement)\b|\bcomputing (?:power|capacity)\b/g],
];

/**
 * All the cue words in one scan, each role's regex a numbered group. No two roles' cue words overlap or start at the
 * same place, so this finds exactly what the regexes of CUES find one by one, sorted by position (a test checks it).
 */
const CUE_SCAN = new RegExp(CUES.map(([, re]) => `(${re.source})`).join('|'), 'g');

const SHARE_PRICE = /\b(?:shares?|stock)\b[^.;]{0,40}\btrading\b|\btrading (?:at|around|near)\b|\bshare price\b|\bstock price\b|\bshares? (?:rose|fell|closed|ended)\b/;
/** The last word of each phrase of the "raise" test below: a figure after any other word skips that regex. */
const RAISE_LAST_WORDS = new Set(['raise', 'raising', 'raises', 'in', 'reach', 'reaching', 'total', 'totaling', 'totalling', 'seeking', 'seeks', 'eyes', 'eyeing', 'targets', 'targeting', 'approach', 'approaching']);
const RAISE_BEFORE = /\b(?:raise|raising|raises|bring in|brings in|bringing in|reach|reaching|total|totaling|totalling|seeking|seeks|eyes|eyeing|targets|targeting|approach|approaching)\s+$/;
/** "the figure potentially reaching", "an amount that could total": the verb's subject is a figure named before. */
const RESTATED_AMOUNT = /\b(?:figure|amount|sum|investment|stake|commitment|check|cheque|bet)\b[^.;,]{0,25}$/;
const PER_SHARE = /^\s*(?:a|per|each) share\b/;
/** A word every phrase of SHARE_PRICE holds: most figures' surroundings lack all of them, and this test is cheap. */
const SHARE_PRICE_WORD = /trading|price|rose|fell|closed|ended/;
const MAX_DISTANCE = 90;

/** Whether the sentence holds a SHARE_PRICE_WORD anywhere: asked once per sentence, so most figures skip the test. */
function sentenceMayNamePrice(ctx: SentenceContext): boolean {
  let known = priceWordCache.get(ctx);
  if (known === undefined) priceWordCache.set(ctx, (known = SHARE_PRICE_WORD.test(ctx.lower)));
  return known;
}
const priceWordCache = new WeakMap<SentenceContext, boolean>();

/**
 * A figure that is a noun's modifier belongs to that noun: "$100 billion funding round", "$50B investment". Each entry
 * gives the letters the noun phrase can start with, so most figures skip its regex. The first two are tried before the
 * "raise" test below, the others after it.
 */
export const NOUN_AFTER: [string, RegExp, MoneyRole][] = [
  ['infro', /^\s*(?:in )?(?:new )?(?:funding|financing)? ?round\b|^\s*(?:in )?new funding\b|^\s*(?:of )?(?:new )?funding\b|^\s*in (?:new |fresh |committed |equity )?(?:capital|funding|financing)\b/, 'round-size'],
  ['v', /^\s*valuation\b/, 'valuation'],
];
export const NOUN_AFTER_LATE: [string, RegExp, MoneyRole][] = [
  ['msdibc', /^\s*(?:minority |strategic |direct )?(?:investment|stake|bet|check|commitment|infusion)\b/, 'investment'],
  ['c', /^\s*(?:cloud|compute|computing)\b/, 'compute-agreement'],
];

/** The first character after `at` and any spaces, within the 16 the noun tests read. */
export function firstLetterAfter(lower: string, at: number): string | undefined {
  let a = at;
  while (a < at + 16 && isSpace(lower.charCodeAt(a))) a++;
  return a < at + 16 && a < lower.length ? lower[a] : undefined;
}

/** The end of a company named right after a figure ("$50B OpenAI stake"), as an offset into the sentence. */
function companyRightAfter(ctx: SentenceContext, end: number): number | undefined {
  const m = mentionFrom(ctx, end, isCompany, end + 2);
  return m && /^\s?$/.test(ctx.doc.text.slice(end, m.start)) ? m.end + (/^['’]s?/.exec(ctx.doc.text.slice(m.end, m.end + 2))?.[0].length ?? 0) - ctx.start : undefined;
}

export interface Cue {
  role: MoneyRole;
  start: number;
  end: number;
}

// Cue words are found once per sentence, so a sentence full of figures costs linear time, not figures x length.
const cueCache = new WeakMap<SentenceContext, Cue[]>();

function sentenceCueList(ctx: SentenceContext): Cue[] {
  let cues = cueCache.get(ctx);
  if (!cues) {
    cues = sentenceCues(ctx.lower);
    cueCache.set(ctx, cues);
  }
  return cues;
}

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
export function moneyRole(ctx: SentenceContext, q: Quantity): MoneyRole | undefined {
  const s = q.start - ctx.start;
  const e = q.end - ctx.start;
  const next = firstLetterAfter(ctx.lower, e);
  const after = next === undefined ? '' : ctx.lower.slice(e, e + 24);
  // "$42 a share": a price per share is never a deal's total.
  if (PER_SHARE.test(ctx.lower.slice(e, e + 12))) return q.value < 10_000 && SHARE_PRICE.test(ctx.lower.slice(Math.max(0, s - 60), e + 10)) ? 'share-price' : undefined;
  // "$50B OpenAI stake", "a $100 billion OpenAI round": a company named between the figure and its noun is a party.
  const nounAt = companyRightAfter(ctx, q.end) ?? e;
  const noun = nounAt === e ? after : ctx.lower.slice(nounAt, nounAt + 24);
  const nounNext = nounAt === e ? next : firstLetterAfter(ctx.lower, nounAt);
  if (nounNext !== undefined) {
    for (const [letters, re, role] of NOUN_AFTER) if (letters.includes(nounNext) && re.test(noun)) return role;
    for (const [letters, re, role] of NOUN_AFTER_LATE) if (letters.includes(nounNext) && re.test(noun)) return role;
  }
  // "could bring in up to $100 billion", "OpenAI eyes $100 billion": the amount a round raises. Not where the verb's
  // subject is a figure already named ("the figure potentially reaching $50 billion").
  const lead = Math.max(0, s - 20);
  if (s > lead && isSpace(ctx.lower.charCodeAt(s - 1)) && RAISE_LAST_WORDS.has(lastWord(ctx.lower, lead, s))
    && RAISE_BEFORE.test(ctx.lower.slice(lead, s)) && !RESTATED_AMOUNT.test(ctx.lower.slice(Math.max(0, s - 45), s))) return 'round-size';
  const tail = ctx.lower.slice(e, e + 40);
  if (tail.includes('data') && /^,?\s*(?:[\w-]+\s+){0,2}data[- ]cent/.test(tail)) return 'data-center';
  if (q.value < 10_000 && !q.high) {
    const around = ctx.lower.slice(Math.max(0, s - 60), e + 10);
    if (sentenceMayNamePrice(ctx) && SHARE_PRICE_WORD.test(around) && SHARE_PRICE.test(around)) return 'share-price';
  }

  const cues = sentenceCueList(ctx);
  let best: MoneyRole | undefined;
  let bestD = Infinity;
  for (let i = firstCueFrom(cues, s - MAX_DISTANCE - 30); i < cues.length && cues[i]!.start <= e + MAX_DISTANCE + 30; i++) {
    const cue = cues[i]!;
    // Cues after the figure count a little less than cues before it ("invest $X" vs "$X ... and raise").
    const d = cue.end <= s ? s - cue.end : cue.start >= e ? (cue.start - e) * 1.2 : 0;
    if (d <= MAX_DISTANCE && d < bestD) {
      best = cue.role;
      bestD = d;
    }
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

  constructor(ctx: SentenceContext) {
    for (const q of ctx.quantities) {
      if (q.kind !== 'money' || q.vague) continue;
      const role = moneyRole(ctx, q);
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
}

export const moneyRoles = (ctx: SentenceContext): MoneyRoles => new SentenceMoneyRoles(ctx);
