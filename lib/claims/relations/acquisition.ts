import type { Claim, Quantity } from '../types';
import type { SentenceContext } from '../context';
import type { RelationModule } from '../relation';
import type { MoneyRoles } from '../extract-types';
import { extractDeal } from './deal-figures';
import { figureClaim } from '../parties';
import { companyBefore, mentionFrom } from '../context';
import { isCompany, type Mention } from '../../entities/mentions';

// "$8.5 billion for MGM", "$13.7 billion of Whole Foods", "the $13.7 billion purchase of Whole Foods": what a price is
// for, named right after it.
const FOR_AFTER =
  /^\s+(?:(?:purchase|acquisition|takeover|buyout)\s+)?(?:[Ff]or|[Oo]f)\s+(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])/;
const WORDS_ONLY = /^(?:[A-Z][\w-]* ){0,2}$/;
// "bought MGM for $8.5 billion": what was bought, named right before the price.
const BOUGHT_FOR =
  /\b(?:bought|acquired|purchased|buys?|acquires?|purchases?|buying|acquiring|purchasing)\s+(?:[a-z][\w-]*\s+){0,2}([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+for\s+(?:[a-z]+\s+){0,2}$/;

/**
 * The company a price is paid for, where the words around the figure name it: a company; `null` for a name DealLens does
 * not know ("paid $8.5 billion for MGM", then Whole Foods named for comparison), which is another purchase; undefined
 * when the words do not say.
 */
function boughtNamed(ctx: SentenceContext, q: Quantity): Mention | null | undefined {
  const after = FOR_AFTER.exec(ctx.sentence.slice(q.end - ctx.start, q.end - ctx.start + 60));
  if (after) {
    // "for the Grocer Whole Foods" in a title: the company a few capitalised words on.
    const at = q.end + after[0].length;
    const later = mentionFrom(ctx, at, isCompany, at + 24);
    return later && WORDS_ONLY.test(ctx.sentence.slice(at - ctx.start, later.start - ctx.start))
      ? later
      : companyAt(ctx, at);
  }
  const from = Math.max(0, q.start - ctx.start - 90);
  const before = BOUGHT_FOR.exec(ctx.sentence.slice(from, q.start - ctx.start));
  if (before) return companyAt(ctx, ctx.start + from + before.index + before[0].lastIndexOf(before[1]!));
  return undefined;
}

function companyAt(ctx: SentenceContext, at: number): Mention | null {
  return mentionFrom(ctx, at, isCompany, at + 1) ?? null;
}

// "Whole Foods cost Amazon about $13.7 billion", "Whole Foods, which cost Amazon $13.7 billion, ...": the price of a
// company to its buyer. Only a figure that ends its clause: "cost Amazon $500 million in price cuts" is another cost.
const COST_BETWEEN = /^(?:,\s*which)?\s+(?:has\s+|had\s+|once\s+)?cost\s+$/;
const COST_QUALIFIER =
  /^\s+(?:(?:about|nearly|roughly|around|some|almost|an estimated|just over|just under|over)\s+)?$/;
const CLAUSE_ENDS = /^(?:\s+(?:back\s+)?in\s+(?:19|20)\d\d)?\s*(?:[.,;:)]|$)/;

function costClaims(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  if (!ctx.lower.includes('cost')) return [];
  const out: Claim[] = [];
  const at = (abs: number) => abs - ctx.start;
  for (const q of ctx.quantities) {
    if (q.kind !== 'money' || q.vague || (roles.get(q) !== undefined && roles.get(q) !== 'acquisition')) continue;
    if (!CLAUSE_ENDS.test(ctx.lower.slice(at(q.end), at(q.end) + 20))) continue;
    const buyer = companyBefore(ctx, q.start, 30);
    if (!buyer || !COST_QUALIFIER.test(ctx.lower.slice(at(buyer.end), at(q.start)))) continue;
    const bought = companyBefore(ctx, buyer.start, 20);
    if (!bought || bought.id === buyer.id || !COST_BETWEEN.test(ctx.lower.slice(at(bought.end), at(buyer.start))))
      continue;
    out.push(figureClaim(ctx, 'acquisition', q, { subject: buyer.id, object: bought.id }));
  }
  return out;
}

/** "Whole Foods at $13.7 billion", "bought Whole Foods for $13.7bn": judged on the pair, whichever way round. */
function extractAcquisition(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const deals = extractDeal('acquisition', ctx, roles).flatMap((claim) => {
    const bought = boughtNamed(ctx, claim.value!);
    if (bought === null) return [];
    if (!bought || bought.id === claim.object) return [claim];
    // The buyer: the company nearest before the price ("the retailer, whose biggest acquisition remains the $13.7
    // billion purchase of Whole Foods"), else the first other one the sentence names.
    const near = companyBefore(ctx, claim.value!.start);
    const buyer = near && near.id !== bought.id ? near : ctx.mentions.find((m) => isCompany(m) && m.id !== bought.id);
    const guessed = buyer?.guessed === true || bought.guessed === true;
    return [{ ...claim, subject: buyer?.id ?? claim.subject, object: bought.id, inferred: claim.inferred || guessed }];
  });
  return [...deals, ...costClaims(ctx, roles)];
}

export const acquisition: RelationModule = {
  relation: 'acquisition',
  label: 'Acquisitions',
  noun: 'acquisition',
  map: { edge: 'investment', what: 'acquisition', rank: 1 },
  // "Whole Foods was acquired by Amazon for $13.7 billion": the pair is the deal, whichever way the sentence puts it.
  policy: { symmetric: true },
  money: {
    cues: /\bacqui(?:re|red|res|ring|sition)\b|\bbought\b|\bbuy(?:s|ing)?\b|\bpurchase\w*|\bpa(?:id|ys|ying)\b/g,
  },
  extract: extractAcquisition,
};
