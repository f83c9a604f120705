import type { Claim, Quantity } from '../types';
import type { RelationModule } from '../relation';
import { perSentence, type SentenceContext } from '../context';
import { lowerBound } from '../../lower-bound';
import { companyBefore, phraseClaim, subjectOrInferred } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';

const QUARTERS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  final: 4,
  last: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
const IPO =
  /\b(?:ipo|initial public offering|public offering|public listing|listing|debut|go(?:ing)? public|list(?:ing)? (?:its )?shares)\b/;
const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const MONTH_WORD = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:${MONTH})\.?|sept\.?)`;
// "the fourth quarter of 2026", "Q4 2026", "4Q 2026", "fourth quarter 2026"; "in 2026", "late 2026"; "October to
// December 2026", "between October and December 2026", "Oct-Dec 2026"; the earliest year, "no sooner than 2027".
const WHEN = new RegExp(
  String.raw`\b(?:(first|second|third|fourth|final|last) quarter(?: of)?|q([1-4])|([1-4])q)\s*((?:19|20)\d\d)\b|\b(?:in|by|for|during|late|early)[\s-]+((?:19|20)\d\d)\b|\b(${MONTH_WORD})\s*(?:to|through|thru|until|and|-|–)\s*(${MONTH_WORD})\s*,?\s*((?:19|20)\d\d)\b|\b(?:no sooner than|no earlier than|not before)\s+((?:19|20)\d\d)\b`,
  'g',
);

/** A span of months as the quarter it lies in, or 0 (the year only) when it runs over more than one. */
function quarterOfMonths(from: string, to: string): number {
  const first = Math.floor(MONTHS.indexOf(from.slice(0, 3)) / 3);
  const last = Math.floor(MONTHS.indexOf(to.slice(0, 3)) / 3);
  return first === last && first >= 0 ? first + 1 : 0;
}
const MONTHS = MONTH.split('|');

const IPO_ALL = new RegExp(IPO.source, 'g');

/** Where the sentence's words for a listing are (offsets into it), found once per sentence. */
const listingWords = perSentence((ctx): { start: number; end: number }[] =>
  [...ctx.lower.matchAll(IPO_ALL)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
);

/**
 * The listing words a date belongs to: the words for a listing shortly before it ("an IPO as early as the fourth
 * quarter of 2026") or right after it ("a late-2026 IPO"). "expects revenue to triple in 2027, ahead of an IPO" dates
 * revenue, so it has none.
 */
function listingOf(ctx: SentenceContext, from: number, to: number): { start: number; end: number } | undefined {
  const words = listingWords(ctx);
  // The first listing word that starts at or after the date's end, and the one before it.
  const i = lowerBound(words.length, (k) => words[k]!.start < to);
  const after = words[i];
  const before = words[i - 1];
  if (after !== undefined && after.start - to <= 20) return after;
  return before !== undefined && before.end <= from && from - before.end <= 80 ? before : undefined;
}

/** Between a company and its listing words: "OpenAI's IPO", "OpenAI's planned listing", "OpenAI's plans for an IPO". */
const OWNER_TO_LISTING =
  /^(?:['’]s\s+(?:(?:[\w-]+\s+){0,2}|plans?\s+(?:for|of)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?)|\s)$/;
/** A sentence's subject going on to its own listing: "OpenAI is preparing for an IPO", "OpenAI plans to go public". */
const SUBJECT_TO_LISTING =
  /^\s+(?:is|was|has|will|would|could|may|might|can|plans?|planned|aims?|targets?|intends?|expects?|prepares?|wants?|hopes?|weighs?|eyes|is eyeing|readies|moves?|remains?)\b[^,;:]*$/;

/**
 * The company whose own listing the words name: the one right before them ("an OpenAI IPO", "OpenAI's listing"), or
 * the sentence's subject going on to them with no other company or clause between ("OpenAI is preparing for an IPO").
 * "Cerebras, which supplies chips to OpenAI, plans an IPO" and "OpenAI rival Mistral is preparing an IPO" name none.
 */
function listingOwner(ctx: SentenceContext, listing: { start: number }): Mention | undefined {
  const companies = ctx.mentions.filter((m) => isCompany(m) && m.end <= listing.start);
  const last = companies.at(-1);
  if (last && OWNER_TO_LISTING.test(ctx.lower.slice(last.end - ctx.start, listing.start - ctx.start))) return last;
  const first = companies[0];
  if (!first || first !== last || !/^\W*$/.test(ctx.sentence.slice(0, first.start - ctx.start))) return undefined;
  return SUBJECT_TO_LISTING.test(ctx.lower.slice(first.end - ctx.start, listing.start - ctx.start)) ? first : undefined;
}

/**
 * Between a listing's words and its date, another date or a name ("an IPO, and Anthropic plans one in 2027", "an IPO in
 * Q4 2026 and SpaceX for one in 2027"): the date may be another listing's.
 */
const SOMEONE_ELSES = /\b(?:19|20)\d\d\b|\b[A-Z]/;

/**
 * Words that deny, doubt, drop or put off the date a sentence gives: it tells no plan, so it agrees with none either.
 * "not before 2027" is a floor, not a denial.
 */
const NO_PLAN =
  /\b(?:not(?! before)|never|no longer|unlikely|doubts?|doubtful|rule[ds]? out|once|originally|previously|had (?:\w+ )?(?:planned|considered|targeted|aimed|eyed|hoped|expected)|delay\w*|push\w* back|postpon\w*|slip\w*|shelv\w*|scrap\w*|abandon\w*|instead|rather than)\b|n['’]t\b/;
const deniesPlan = perSentence((ctx) => NO_PLAN.test(ctx.lower));
/**
 * Words that make a date one option, a condition, an earlier account or someone else's: it may agree with the plan,
 * never prove it wrong. "no earlier than 2027" is a floor, not an earlier account.
 */
const ONE_OPTION =
  /\b(?:may|might|could|would|if|unless|or later|or (?:19|20)\d\d|earlier(?! than)|former|unlike|rumou?r\w*|speculat\w*)\b/;
const onlyAnOption = perSentence((ctx) => ONE_OPTION.test(ctx.lower));

/** "a potential initial public offering in the fourth quarter of 2026": year * 10 + quarter (0 when only a year). */
function extractIpoTiming(ctx: SentenceContext): Claim[] {
  // WHEN needs a year, which is always one of the sentence's quantities (or inside one).
  if (ctx.quantities.length === 0 || !IPO.test(ctx.lower) || deniesPlan(ctx)) return [];
  const out: Claim[] = [];
  WHEN.lastIndex = 0;
  for (let m = WHEN.exec(ctx.lower); m; m = WHEN.exec(ctx.lower)) {
    const listing = listingOf(ctx, m.index, m.index + m[0].length);
    if (!listing) continue;
    const year = Number(m[4] ?? m[5] ?? m[8] ?? m[9]);
    const q = m[1] ?? m[2] ?? m[3];
    const quarter = q ? QUARTERS[q]! : m[6] ? quarterOfMonths(m[6], m[7]!) : 0;
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    // Only a company's own listing, told plainly, can be held against the plan the sources report.
    const between = ctx.sentence.slice(Math.min(listing.end, m.index + m[0].length), Math.max(listing.start, m.index));
    const owner = SOMEONE_ELSES.test(between) ? undefined : listingOwner(ctx, { start: ctx.start + listing.start });
    const parties = owner
      ? subjectOrInferred(ctx, owner)
      : { ...subjectOrInferred(ctx, companyBefore(ctx, start)), inferred: true };
    // "by 2027" is a deadline, "no sooner than 2027" a floor: neither names the listing's date itself.
    const qualifier = /^by\b/.test(m[0]) ? 'up-to' : m[9] ? 'at-least' : 'exact';
    const value: Quantity = { kind: 'quarter', value: year * 10 + quarter, qualifier, start, end };
    const claim = phraseClaim(ctx, 'ipo-timing', start, end, parties);
    out.push({ ...claim, value, event: onlyAnOption(ctx) ? { ...claim.event, hedged: true } : claim.event });
  }
  return out;
}
export const ipoTiming: RelationModule = {
  relation: 'ipo-timing',
  label: 'IPO timing',
  noun: 'IPO timing',
  // A plan's date moves between reports, and a listing date is easily someone else's, or doubted, or one option of
  // several: only a company's own listing told plainly (not inferred, not hedged) in the plan's month is proof.
  policy: { timeVarying: true, standsUntilChanged: true },
  extract: extractIpoTiming,
};
