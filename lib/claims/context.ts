import type { Quantity } from './types';
import { findMentions, isCompany, type Mention } from '../entities/mentions';
import { ENTITIES, entityById } from '../entities/catalogue';
import { findQuantities } from '../text/quantities';
import { findDates, type DateMention } from '../text/dates';
import { lowerBound } from '../lower-bound';
import { isSpace, isWordChar } from '../text/chars';

/** What the extractors know about the article as a whole. */
export interface DocumentContext {
  text: string;
  /** The article's date, from the caller or the text. */
  date?: string;
  /** The company the article is about, where one clearly dominates its mentions. */
  subject?: string;
  /**
   * The text names no company, nor any name that could be one (see namesAnyone): an unnamed subject ("the retailer",
   * "the company") may be guessed, as no other company can be meant.
   */
  unnamed?: boolean;
}

/** One sentence, with everything found in it, handed to each relation extractor. */
export interface SentenceContext {
  doc: DocumentContext;
  start: number;
  end: number;
  /** The sentence's text; offsets into it plus `start` are offsets into the document. */
  sentence: string;
  lower: string;
  mentions: Mention[];
  quantities: Quantity[];
  dates: DateMention[];
  /** Companies of the previous sentence, for resolving "the company". */
  previousCompanies: string[];
  /** The startup the article last named before this sentence: the one money under discussion most likely goes to. */
  recentStartup?: string;
  /**
   * The sentence just before, for words that go on from it ("It would be joined by Nvidia"). Only one sentence back:
   * the extractor drops the link further back, so a long article does not keep every sentence alive.
   */
  previous?: SentenceContext;
  /** Values worked out once per sentence on first use (see perSentence). */
  readonly memo: Map<unknown, unknown>;
}

/**
 * A value of a sentence worked out once, the first time a claim asks, and kept with the sentence: the cue words of a
 * sentence with many figures are found once, not once per figure.
 */
export function perSentence<T>(compute: (ctx: SentenceContext) => T): (ctx: SentenceContext) => T {
  return (ctx) => {
    if (ctx.memo.has(compute)) return ctx.memo.get(compute) as T;
    const value = compute(ctx);
    ctx.memo.set(compute, value);
    return value;
  };
}

// "the company", and the same with describing words between ("the e-commerce, cloud computing, and artificial
// intelligence (AI) company"): lower-case words, commas and a parenthesised abbreviation.
const GENERIC =
  /\b(?:[Tt]he|[Tt]his) (?:(?:[a-z][\w-]*|AI|(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+-based),? (?:and )?(?:\([A-Z]{2,5}\) )?){0,7}?(?:company|firm|startup|start-up|group|conglomerate|giant)\b/g;

// "the retailer": the words for kinds of company the catalogue gives (Entity.nouns).
const CATEGORY = new RegExp(
  String.raw`\b[Tt]he (${[...new Set(ENTITIES.flatMap((e) => e.nouns ?? []))].join('|')})\b`,
  'g',
);

/** Mentions plus "the company"-style references resolved where that is unambiguous (marked as epithets). */
export function buildSentence(
  doc: DocumentContext,
  start: number,
  end: number,
  previousCompanies: string[],
  recentStartup?: string,
  previous?: SentenceContext,
): SentenceContext {
  const sentence = doc.text.slice(start, end);
  const mentions = findMentions(doc.text, start, end);
  GENERIC.lastIndex = 0;
  for (let m = GENERIC.exec(sentence); m; m = GENERIC.exec(sentence)) {
    const at = start + m.index;
    if (mentions.some((x) => x.start <= at && x.end > at)) continue;
    // "invested $8 billion in the startup": a generic in the target position is not the sentence's own subject.
    const target = /\b(?:in|into|to|for|with|from)\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index));
    // "the startup" can only be a startup; where the last sentence names no startup, it is the last one named.
    const startup = /start-?up/i.test(m[0]);
    const fits = startup ? isStartup : anyCompany;
    const fallback = startup ? recentStartup : doc.subject;
    const id = resolveGeneric(
      target ? [] : mentions,
      at,
      fits,
      previousCompanies,
      fallback && fits(fallback) ? fallback : undefined,
      startup,
    );
    if (id)
      mentions.push({ start: at, end: at + m[0].length, id, named: id, kind: 'company', epithet: true, generic: true });
  }
  CATEGORY.lastIndex = 0;
  for (let m = CATEGORY.exec(sentence); m; m = CATEGORY.exec(sentence)) {
    const at = start + m.index;
    if (mentions.some((x) => x.start <= at && x.end > at)) continue;
    const noun = m[1]!.toLowerCase();
    const ofKind = (id: string) => entityById(id)?.nouns?.includes(noun) === true;
    // In a text that names no one, "the retailer" is the one company of that kind DealLens knows.
    const id =
      resolveGeneric(mentions, at, ofKind, previousCompanies, undefined, false) ??
      (doc.unnamed ? onlyOfKind(noun) : undefined);
    if (id)
      mentions.push({
        start: at,
        end: at + m[0].length,
        id,
        named: id,
        kind: 'company',
        epithet: true,
        generic: true,
        guessed: true,
      });
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    doc,
    start,
    end,
    sentence,
    lower: sentence.toLowerCase(),
    mentions,
    quantities: findQuantities(doc.text, start, end),
    dates: findDates(doc.text, start, end),
    previousCompanies,
    recentStartup,
    previous,
    memo: new Map(),
  };
}

function onlyOfKind(noun: string): string | undefined {
  const ofKind = ENTITIES.filter((e) => e.nouns?.includes(noun));
  return ofKind.length === 1 ? ofKind[0]!.id : undefined;
}

const isStartup = (id: string) => entityById(id)?.startup === true;
const anyCompany = () => true;

/** The one company a reference at `at` can be: named before it in the sentence, else in the last sentence, else `subject`. */
function resolveGeneric(
  mentions: Mention[],
  at: number,
  fits: (id: string) => boolean,
  previous: string[],
  subject: string | undefined,
  onlyStartups: boolean,
): string | undefined {
  // Only whether there are none, one or several distinct companies matters: each loop stops at a second one.
  let before: string | undefined;
  for (const m of mentions) {
    if (m.end > at || !isCompany(m) || !fits(m.id)) continue;
    if (before === undefined) before = m.id;
    else if (before !== m.id) return undefined;
  }
  if (before !== undefined) return before;
  const candidates = [...new Set(previous.filter(fits))];
  if (candidates.length <= 1) return candidates[0] ?? subject;
  // "...ties with Anthropic. The startup, set up by former OpenAI staff": a startup the sentence names by name is not
  // the one it calls "the startup"; that leaves one only sometimes. ("The company" may well be the other party.)
  if (!onlyStartups) return undefined;
  const namedLater = new Set(mentions.filter((m) => m.start >= at && isCompany(m)).map((m) => m.id));
  const rest = candidates.filter((id) => !namedLater.has(id));
  return rest.length === 1 ? rest[0] : undefined;
}

export function companiesOf(ctx: SentenceContext): string[] {
  return ctx.mentions.filter(isCompany).map((m) => m.id);
}

/** The dominant company of a text: the most mentioned, and at least twice as often as the next. */
export function dominantCompany(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of findMentions(text, 0, Math.min(text.length, 200_000))) {
    if (isCompany(m)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  if (!first || first[1] < 2) return undefined;
  if (second && first[1] < 2 * second[1]) return undefined;
  return first[0];
}

/** The index of the sentence's first mention starting at or after `pos` (mentions are sorted by start). */
export function firstMentionFrom(ctx: SentenceContext, pos: number): number {
  return lowerBound(ctx.mentions.length, (i) => ctx.mentions[i]!.start < pos);
}

/**
 * The first mention starting in [pos, before) that passes `test`: a binary search, then a scan from there, so a figure
 * late in a long run of text does not walk every mention before it.
 */
export function mentionFrom(
  ctx: SentenceContext,
  pos: number,
  test: (m: Mention) => boolean,
  before = Infinity,
): Mention | undefined {
  for (let i = firstMentionFrom(ctx, pos); i < ctx.mentions.length && ctx.mentions[i]!.start < before; i++) {
    if (test(ctx.mentions[i]!)) return ctx.mentions[i];
  }
  return undefined;
}

/** The nearest company mentioned before `pos` in the sentence (absolute offset). */
export function companyBefore(ctx: SentenceContext, pos: number, maxDistance = 400): Mention | undefined {
  for (let i = firstMentionFrom(ctx, pos) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end <= pos && isCompany(m) && !isModifier(ctx, m)) return pos - m.end <= maxDistance ? m : undefined;
  }
  return undefined;
}

/** A company name used to describe another noun ("the OpenAI rival", "an Amazon spokesperson") is not a party. */
export function isModifier(ctx: SentenceContext, m: Mention): boolean {
  if (m.epithet) return false;
  // Asked for the same mention by every figure after it: worked out once per mention.
  let known = modifierCache.get(m);
  if (known === undefined) {
    const at = m.end - ctx.start;
    // `/^\s[a-z]/` on the two characters after the name, then `/\b(?:the|a|an)\s$/i` on the four before it.
    known =
      isSpace(ctx.sentence.charCodeAt(at)) &&
      at + 1 < ctx.sentence.length &&
      isLower(ctx.sentence.charCodeAt(at + 1)) &&
      (articleBefore(ctx.sentence, Math.max(0, m.start - ctx.start - 4), m.start - ctx.start) ||
        namesAnotherRightAfter(ctx, m));
    modifierCache.set(m, known);
  }
  return known;
}
const modifierCache = new WeakMap<Mention, boolean>();

const isLower = (c: number) => c >= 97 && c <= 122;

const RELATIONAL_NOUN =
  /^ (?:rival|competitor|challenger|partner|ally|backer|investor|peer|affiliate|subsidiary|unit|owner|parent|customer|supplier|spinoff|spin-off|portfolio company)s? $/;

/** "OpenAI competitor Anthropic", "Amazon rival Microsoft": a noun of relation, then another company named. */
function namesAnotherRightAfter(ctx: SentenceContext, m: Mention): boolean {
  const next = mentionFrom(ctx, m.end, isCompany, m.end + 24);
  return next !== undefined && RELATIONAL_NOUN.test(ctx.doc.text.slice(m.end, next.start));
}
const ARTICLES = ['the', 'a', 'an'];

/** `/\b(?:the|a|an)\s$/i` on text[from, to), as if that were the whole string. */
export function articleBefore(text: string, from: number, to: number): boolean {
  if (to - from < 2 || !isSpace(text.charCodeAt(to - 1))) return false;
  for (const word of ARTICLES) {
    const start = to - 1 - word.length;
    if (start < from || text.slice(start, to - 1).toLowerCase() !== word) continue;
    if (start === from || !isWordChar(text.charCodeAt(start - 1))) return true;
  }
  return false;
}
