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
  if (before === undefined || before.end > from || from - before.end > 40) return undefined;
  // "OpenAI's IPO plans were first reported in 2025", "its IPO filing in Q3 2026": the date is the noun's.
  return LISTING_NOUN_AFTER.test(ctx.lower.slice(before.end, from)) ? undefined : before;
}
/** Nouns after the words for a listing that a date after them belongs to instead. */
const LISTING_NOUN_AFTER =
  /^\s*(?:plans?|talks?|preparations?|filings?|prospectus|roadshow|valuation|team|push|ambitions?|process|documents?|bankers?|advisers?|advisors?|conference|lawsuit)\b/;

/** The words for a listing, inside a sentence pattern. */
const L = IPO.source.slice(2, -2);
/**
 * A sentence that states a company's own listing date and nothing else, the only kind that may prove the plan wrong:
 * the company opens it and goes straight to its listing and the date ("OpenAI is preparing for an IPO in", "OpenAI
 * plans to go public in", "OpenAI's IPO is set for", "An OpenAI IPO is planned for", "OpenAI's listing will come",
 * "Insiders expect an OpenAI IPO"). `\x01` stands for the company; the date follows the text matched.
 */
const PLAIN_HEAD = new RegExp(
  String.raw`^\W*(?:` +
    [
      String.raw`\x01 (?:is )?(?:preparing|planning|readying|gearing up)(?: for| to launch)? (?:an?|its) (?:possible |potential )?${L}`,
      String.raw`\x01 (?:plans|aims|intends|is planning|is aiming) (?:an? |its |to (?:hold |launch )?(?:an? |its )?)?${L}`,
      String.raw`\x01['’]s (?:planned |potential |possible )?${L} (?:is|has been) (?:planned|set|scheduled|slated|targeted|pencilled in|penciled in|expected)`,
      String.raw`\x01['’]s (?:planned |potential |possible )?${L} will (?:come|happen|take place)`,
      String.raw`(?:an?|the) \x01 ${L} (?:is|has been) (?:planned|set|scheduled|slated|targeted|expected)`,
      String.raw`(?:insiders|executives|\x01 (?:insiders|executives)) expect (?:an? |its )?(?:\x01 )?${L}`,
    ].join('|') +
    String.raw`)(?: (?:in|for|during))?(?: the)? $`,
);
/** After the date, at most an attribution: "..., people familiar said", "..., according to the report". */
const PLAIN_TAIL =
  /^(?:,\s*(?:according to [^,.;!?\d]{1,40}|[^,.;!?\d]{1,40} (?:said|say|says|reported|reports|wrote|added)))?\s*\.?\s*$/;

/**
 * The company whose own listing date the sentence states plainly (see PLAIN_HEAD), if it does: the first company it
 * names, standing where PLAIN_HEAD puts it.
 */
function plainOwner(ctx: SentenceContext, from: number, to: number): Mention | undefined {
  const m = ctx.mentions.find(isCompany);
  if (!m || m.end - ctx.start > from) return undefined;
  const at = m.start - ctx.start;
  const head = ctx.lower.slice(0, at) + '\x01' + ctx.lower.slice(m.end - ctx.start, from);
  return PLAIN_HEAD.test(head) && PLAIN_TAIL.test(ctx.lower.slice(to)) ? m : undefined;
}

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
    // "early 2026" is the first months of the year, never its fourth quarter; it proves nothing wrong either.
    const early = m[0].startsWith('early');
    const quarter = q ? QUARTERS[q]! : m[6] ? quarterOfMonths(m[6], m[7]!) : early ? 1 : 0;
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    // Only a company's own listing, told plainly, can be held against the plan the sources report.
    const owner = plainOwner(ctx, m.index, m.index + m[0].length);
    const parties = subjectOrInferred(ctx, owner ?? companyBefore(ctx, start));
    // "by 2027" is a deadline, "no sooner than 2027" a floor: neither names the listing's date itself.
    const qualifier = /^by\b/.test(m[0]) ? 'up-to' : m[9] ? 'at-least' : 'exact';
    const value: Quantity = { kind: 'quarter', value: year * 10 + quarter, qualifier, start, end };
    const claim = phraseClaim(ctx, 'ipo-timing', start, end, parties);
    const plain = owner !== undefined && !early && !onlyAnOption(ctx);
    out.push({ ...claim, value, event: plain ? claim.event : { ...claim.event, hedged: true } });
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
