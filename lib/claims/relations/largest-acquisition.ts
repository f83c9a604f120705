import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { isModifier } from '../context';
import { phraseClaim, subjectOrInferred } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';

// "biggest acquisition ever", "largest-ever purchase", "most expensive grocery deal", "costliest takeover to date".
// Singular only: "Amazon's biggest deals" are a set, not a record.
export const SUPERLATIVE =
  /\b(?:(?:single|all-time)\s+)?(?:biggest|largest|priciest|costliest|most expensive|most costly)(?:[- ]ever)?\s+(?:single\s+)?(?:[a-z-]+\s+){0,2}?(?:acquisition|buy|purchase|deal|takeover)\b(?!s)(?:\s+(?:ever|to date|yet|so far))?/g;
/** Every SUPERLATIVE phrase holds one of these words; most sentences hold none, and this test is cheaper. */
export const mayNameRecord = (lower: string) =>
  ['biggest', 'largest', 'priciest', 'costliest', 'most '].some((w) => lower.includes(w));
// What makes the record a part of a set or another rank: "one of Amazon's biggest", "second-largest", "not its".
const NOT_THE_RECORD =
  /(?:\b(?:one of|among|not|isn['’]t|wasn['’]t)\s+(?:the\s+)?|\b(?:second|third|fourth|fifth|next)[- ]?)$/;
// The record's owner after the phrase: "ever made by Amazon", "in Amazon's history", "Amazon has ever made".
const MADE_BY = /^\s*(?:ever\s+)?(?:made|done|struck|completed|undertaken)\s+by\s+$/;
const HISTORY_OF = /^\s*(?:ever\s+)?in\s+$/;
const HISTORY = /^['’]s?\s+(?:\w+-year\s+)?history\b/;
const EVER_MADE = /^\s+(?:has\s+|had\s+)?ever\s+(?:made|make|done|did|struck)\b/;
const IT_EVER_MADE =
  /^\s*(?:that\s+|which\s+)?it\s+(?:has\s+|had\s+)?ever\s+(?:made|make|done|did|struck)\b|^\s*in\s+its\s+history\b/;
// A company compared with, not the one bought: "since Whole Foods", "dwarfing Whole Foods", "bigger than".
const COMPARED =
  /\b(?:since|than|after|before|besides|unlike|not|dwarf\w*|eclips\w*|surpass\w*|top\w*|overtak\w*|exceed\w*|beat\w*)\s+(?:(?:the|its|[\w-]+['’]s?)\s+)?$/;
// The company bought: "acquisition of X", "bought X", "X's sale to", "its X deal", "X was acquired by".
const BOUGHT_BEFORE =
  /\b(?:(?:acquisition|purchase|takeover|buy|buyout) of|bought|buying|buys|acquired|acquiring|acquires|purchased|purchasing|paid [^,;]{0,30}? for)\s+(?:the\s+)?(?:(?!by\b)[a-z-]+\s+){0,2}$/;
const BOUGHT_AFTER =
  /^(?:['’]s?)?\s+(?:sale to|deal|purchase|acquisition|takeover|buy|(?:is|was|were|has been|had been) (?:being )?(?:acquired|bought|purchased|sold))\b/;
// The record said of the subject before a verb like "is": "Whole Foods remains Amazon's biggest", "the OpenAI stake
// would be its largest deal". Its company is the one nearest before the verb, within the clause.
const COPULA_BEFORE =
  /\b(?:is|was|remains|remained|will be|would be|could be|became|becomes|has been|had been|marks|marked)\s+(?:still\s+)?(?:the\s+)?$/;
// "sale to Amazon", "acquired by Amazon": the buyer, never the company bought.
const BUYER_BEFORE = /\b(?:sale to|sold to|(?:acquired|bought|purchased|taken over) by)\s+(?:the\s+)?$/;
const BUYER_IN_SUBJECT = /^['’]s?\s+(?!sale\b)/;
// Set off by a comma, colon, dash or bracket: "Whole Foods, its largest acquisition".
const APPOSITION_BEFORE = /^['’]?\s*[,:(—–-]\s*(?:the\s+)?$/;
// "For Amazon, the biggest buy": a company in a phrase that opens the sentence is not set beside the record.
const OPENING_PHRASE = /^\W*(?:for|at|to|with|from|in|unlike|like|after|before)\s+(?:the\s+)?$/;
// After the record: "largest acquisition to date was Whole Foods", "Amazon's largest-ever acquisition, Whole Foods,".
const COPULA_AFTER = /^\s*(?:is|was|remains|remained|has been|had been)\s+$/;
const APPOSITION_AFTER = /^\s*[,:(—–-]\s*$/;
const APPOSITIVE_ENDS = /^\s*(?:[,.;:)(]|$|\s(?:at|for|in)\b)/;
// A company named to describe a noun ("an Amazon spokesperson") is no candidate, unless the noun is the deal.
const DEAL_NOUN = /^(?:['’]s?)?\s+(?:sale|deal|purchase|acquisition|takeover|buy|buyout|stake|investment|bet)\b/;

type Owner = { mention: Mention } | 'pronoun';

/** "Whole Foods is Amazon's biggest acquisition ever", "the priciest deal ever made by the e-commerce giant". */
function extractLargestAcquisition(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  if (!mayNameRecord(ctx.lower)) return out;
  SUPERLATIVE.lastIndex = 0;
  for (let m = SUPERLATIVE.exec(ctx.lower); m; m = SUPERLATIVE.exec(ctx.lower)) {
    const at = m.index;
    const found = ownerOf(ctx, at, at + m[0].length);
    if (!found || NOT_THE_RECORD.test(ctx.lower.slice(Math.max(0, found.start - 20), found.start))) continue;
    if (NOT_THE_RECORD.test(ctx.lower.slice(Math.max(0, at - 12), at))) continue;
    const owner = found.owner;
    const ownerId = owner === 'pronoun' ? undefined : owner.mention.id;
    const bought = boughtCompany(ctx, found.start, found.end, ownerId);
    if (!bought) continue;
    const acquirer =
      owner !== 'pronoun'
        ? { subject: owner.mention.id, inferred: false }
        : acquirerFor(ctx, bought, ctx.start + found.start);
    if (!acquirer.subject) continue;
    out.push(
      phraseClaim(ctx, 'largest-acquisition', ctx.start + found.start, ctx.start + found.end, {
        ...acquirer,
        object: bought.id,
      }),
    );
  }
  return out;
}

/** Whose record the phrase at [at, end) is, and the span that says so; none for a record of no one's. */
function ownerOf(
  ctx: SentenceContext,
  at: number,
  end: number,
): { owner: Owner; start: number; end: number } | undefined {
  const before = ctx.lower.slice(Math.max(0, at - 8), at);
  // "Amazon's biggest", "the e-commerce giant's most expensive".
  const possessor = [...ctx.mentions]
    .reverse()
    .find((x) => x.end - ctx.start <= at && /^['’]s?\s+$/.test(ctx.lower.slice(x.end - ctx.start, at)));
  if (possessor && isCompany(possessor))
    return { owner: { mention: possessor }, start: possessor.start - ctx.start, end };
  const its = /\bits\s+$/.exec(before);
  if (its) return { owner: 'pronoun', start: at - its[0].length, end };
  const rest = ctx.lower.slice(end);
  const pronoun = IT_EVER_MADE.exec(rest);
  if (pronoun) return { owner: 'pronoun', start: at, end: end + pronoun[0].length };
  for (const x of ctx.mentions) {
    const from = x.start - ctx.start;
    if (from < end || from - end > 30 || !isCompany(x)) continue;
    const between = ctx.lower.slice(end, from);
    const after = ctx.lower.slice(x.end - ctx.start);
    const owned =
      MADE_BY.test(between) ||
      (HISTORY_OF.test(between) && HISTORY.test(after)) ||
      (/^\s*(?:that\s+|which\s+)?$/.test(between) && EVER_MADE.test(after));
    if (owned)
      return { owner: { mention: x }, start: at, end: x.end - ctx.start + (HISTORY.exec(after)?.[0].length ?? 0) };
  }
  return undefined;
}

/**
 * The company bought: the subject of "is" before the record, or one set beside it ("Whole Foods, its largest"), or
 * named after it ("was Whole Foods"), else the one the sentence marks as bought, else the only candidate. Companies
 * compared with ("since Whole Foods") and the owner are not candidates.
 */
function boughtCompany(ctx: SentenceContext, start: number, end: number, owner?: string): Mention | undefined {
  const at = (x: Mention) => x.start - ctx.start;
  const to = (x: Mention) => x.end - ctx.start;
  const candidates = ctx.mentions.filter(
    (x) =>
      isCompany(x) &&
      x.id !== owner &&
      (!isModifier(ctx, x) || DEAL_NOUN.test(ctx.lower.slice(to(x), to(x) + 16))) &&
      !COMPARED.test(ctx.lower.slice(Math.max(0, at(x) - 30), at(x))) &&
      !BUYER_BEFORE.test(ctx.lower.slice(Math.max(0, at(x) - 20), at(x))),
  );
  const copula = COPULA_BEFORE.exec(ctx.lower.slice(Math.max(0, start - 30), start));
  if (copula) {
    const verb = start - copula[0].length;
    const clause = Math.max(0, verb - 60, ctx.lower.lastIndexOf(';', verb) + 1, ctx.lower.lastIndexOf(':', verb) + 1);
    // "Microsoft's Activision purchase is its biggest": a possessor in the subject is the buyer, unless it is the sale.
    const subject = candidates.filter(
      (x) => at(x) >= clause && to(x) <= verb && !BUYER_IN_SUBJECT.test(ctx.lower.slice(to(x), to(x) + 12)),
    );
    return subject.pop();
  }
  const named = candidates.find((x) => at(x) >= end && COPULA_AFTER.test(ctx.lower.slice(end, at(x))));
  if (named) return named;
  const beside = candidates.find(
    (x) =>
      (to(x) <= start &&
        APPOSITION_BEFORE.test(ctx.lower.slice(to(x), start)) &&
        !OPENING_PHRASE.test(ctx.lower.slice(0, at(x)))) ||
      (at(x) >= end &&
        APPOSITION_AFTER.test(ctx.lower.slice(end, at(x))) &&
        APPOSITIVE_ENDS.test(ctx.lower.slice(to(x), to(x) + 4))),
  );
  if (beside) return beside;
  const marked = candidates.filter(
    (x) =>
      BOUGHT_BEFORE.test(ctx.lower.slice(Math.max(0, at(x) - 50), at(x))) ||
      BOUGHT_AFTER.test(ctx.lower.slice(to(x), to(x) + 14)),
  );
  const ids = new Set((marked.length ? marked : candidates).map((x) => x.id));
  return ids.size === 1 ? (marked[0] ?? candidates[0]) : undefined;
}

/** "its biggest deal": the company of the sentence that is not the one bought, else the one the article is about. */
function acquirerFor(ctx: SentenceContext, bought: Mention, pronounAt: number): Pick<Claim, 'subject' | 'inferred'> {
  const others = ctx.mentions.filter((x) => isCompany(x) && x.id !== bought.id && !isModifier(ctx, x));
  const before = others.filter((x) => x.end <= pronounAt);
  const named = before[before.length - 1] ?? others[0];
  if (named) return { subject: named.id, inferred: false };
  const inferred = subjectOrInferred(ctx, undefined);
  return inferred.subject !== bought.id ? inferred : {};
}

export const largestAcquisition: RelationModule = {
  relation: 'largest-acquisition',
  label: 'Largest acquisitions',
  noun: 'largest acquisition',
  map: { edge: 'investment', what: 'largest acquisition', rank: 11 },
  policy: { existence: true },
  extract: extractLargestAcquisition,
};
