import type { Claim, Quantity, Relation } from './types';
import { companyBefore, firstMentionFrom, isModifier, perSentence, type SentenceContext } from './context';
import { eventCues } from './event';
import { findMentions, isCompany, isPublication, type Mention } from '../entities/mentions';
import { isSpace, isWordChar } from '../text/chars';
import { entityById } from '../entities/catalogue';

export const INVESTEE_MARK = /\b(?:in|into|to|for|of|on)\b(?:\s+[\w’'-]+){0,4}\s*$/;

/** `/[\w’'-]/`: a character of the words INVESTEE_MARK allows after its marker. */
const isChunkChar = (c: number) => isWordChar(c) || c === 0x2019 || c === 39 || c === 45;

/**
 * INVESTEE_MARK on text[from, to). The regex is anchored at the end, so it is tried from every position; but its marker
 * can only lie in the last five runs of word characters (words, apostrophes, hyphens) before `to`, with only spaces
 * between them. The regex runs from just before the first of those runs: the same answer, from far fewer positions.
 */
export function investeeMarked(text: string, from: number, to: number): boolean {
  let p = to;
  for (let chunks = 0; chunks < 5; chunks++) {
    let q = p;
    while (q > from && isSpace(text.charCodeAt(q - 1))) q--;
    let s = q;
    while (s > from && isChunkChar(text.charCodeAt(s - 1))) s--;
    if (s === q) break;
    p = s;
  }
  return INVESTEE_MARK.test(text.slice(Math.max(from, p - 1), to));
}

/** "In the new round SoftBank could ...": a phrase that ends in its round noun has ended before the name. */
const ROUND_PHRASE_BEFORE =
  /\b(?:in|for|of|on)\s+(?:the|this|its|a)\s+(?:[\w-]+\s+){0,2}?(?:round|raise|fundraise|fundraising)\s*,?\s*$/;

/** Whether the sentence marks a company as the one money goes to: "in OpenAI", "into the startup". */
export function isTarget(ctx: SentenceContext, m: Mention): boolean {
  // Asked for the same mention by every figure around it: worked out once per mention.
  let known = targetCache.get(m);
  if (known === undefined) {
    const from = Math.max(0, m.start - ctx.start - 45);
    known =
      investeeMarked(ctx.lower, from, m.start - ctx.start) &&
      !ROUND_PHRASE_BEFORE.test(ctx.lower.slice(from, m.start - ctx.start));
    targetCache.set(m, known);
  }
  return known;
}
const targetCache = new WeakMap<Mention, boolean>();

/** The company doing something before `pos` ("Amazon is in talks to invest"), skipping ones marked as a target ("in OpenAI"). */
export function actorBefore(ctx: SentenceContext, pos: number): Mention | undefined {
  // Mentions that start at or after `pos` cannot end before it.
  for (let i = firstMentionFrom(ctx, pos) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > pos || !isCompany(m) || isModifier(ctx, m)) continue;
    // "talking to SoftBank, which could put in $30 billion": the which-clause makes it the actor.
    if (!isTarget(ctx, m)) return m;
    const whichClause = /^\s*,\s*(?:which|who)\b/.test(ctx.sentence.slice(m.end - ctx.start, m.end - ctx.start + 12));
    if (whichClause && !ctx.mentions.some((x) => x.start >= m.end && x.end <= pos && isCompany(x))) return m;
  }
  return undefined;
}

/** The company a figure goes to: "in OpenAI", "into artificial intelligence startup Anthropic". */
export function targetAfter(ctx: SentenceContext, pos: number): Mention | undefined {
  for (let i = firstMentionFrom(ctx, pos); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (!isCompany(m)) continue;
    if (m.start - pos > 90) return undefined;
    // "$50 Billion OpenAI Stake": the company right after the figure, before the noun.
    if (
      /^\s?$/.test(ctx.lower.slice(pos - ctx.start, m.start - ctx.start)) &&
      /^['’]?s?\s+(?:stake|investment|deal|bet)\b/.test(ctx.lower.slice(m.end - ctx.start, m.end - ctx.start + 16))
    )
      return m;
    if (investeeMarked(ctx.lower, pos - ctx.start, m.start - ctx.start)) return m;
  }
  return undefined;
}

/**
 * A subject named in the sentence, else the previous sentence's first company, else the article's (both inferred).
 * Where only a startup can be the subject (what is valued, what raises a round), only a startup is inferred: "In 2019
 * it got $1 billion from Microsoft. A share sale brought a $500 billion valuation" is not Microsoft's valuation.
 */
export function subjectOrInferred(
  ctx: SentenceContext,
  named: Mention | undefined,
  onlyStartups = false,
): Pick<Claim, 'subject' | 'inferred' | 'nearby'> {
  if (named) return { subject: named.id, inferred: named.guessed === true };
  // Nothing is inferred for a sentence about a company DealLens does not know.
  if (unknownNamedSubject(ctx)) return { inferred: true, nearby: [] };
  const inferred = onlyStartups ? inferredStartup(ctx) : inferredSubject(ctx);
  return { ...inferred, nearby: nearbyCompanies(ctx) };
}

const NOT_NAMES =
  /^(?:The|A|An|It|Its|This|That|These|Those|He|She|They|We|I|In|On|At|For|But|And|Or|If|As|After|Before|While|When|Some|Other|Such|Both|Analysts|Investors|Shares|Reports?|Talks|Discussions|Negotiations|Sources|People|Officials|Terms|Details)$/;

/** "UPS to cut 30,000 jobs": a sentence whose subject is a name DealLens does not know is about someone else. */
const unknownNamedSubject = perSentence((ctx) => startsWithUnknownName(ctx));

function startsWithUnknownName(ctx: SentenceContext): boolean {
  const m =
    /^\s*([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:to|is|are|was|were|will|would|has|have|had|plans?|said|says|cuts?|announced|reported|laid|lays)\b/.exec(
      ctx.sentence,
    );
  if (!m || NOT_NAMES.test(m[1]!.split(/\s+/)[0]!)) return false;
  // An outlet ("Reuters reported ...") names no party: the sentence's subject is still unknown.
  return !ctx.mentions.some((x) => !isPublication(x) && x.start - ctx.start < m[0].length);
}

/** A sentence that starts with a name raising money: "Perplexity is raising", "Cohere is in talks for funding". */
const RAISING_START =
  /^\s*([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:(?:is|was|has been)\s+)?(?:raising|seeking|in talks|looking for|lining up|raises|raised|seeks|sought|wants|plans to raise)\b/;

/** Whether `sentence` starts with a name DealLens does not know (no mention there) raising money. */
function unknownRaiserStarts(sentence: string): boolean {
  const m = RAISING_START.exec(sentence);
  return !!m && !NOT_NAMES.test(m[1]!.split(/\s+/)[0]!) && findMentions(m[1]!).every((x) => isPublication(x));
}

/** Whether this sentence or the one before is about a company DealLens does not know raising money. */
const aboutUnknownCompany = perSentence((ctx): boolean => {
  if (unknownRaiserStarts(ctx.sentence)) return true;
  const head = ctx.doc.text.slice(Math.max(0, ctx.start - 400), ctx.start).replace(/[.!?]?\s*$/, '');
  return unknownRaiserStarts(
    head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('\n')) + 1),
  );
});

const isStartupId = (id: string) => entityById(id)?.startup === true;

/**
 * A place in a round (a share, the largest investor, money for it) named with no owner may be the round the fact base
 * knows for its investor: where it is in talks and no startup, known or not, is named nearby or in focus.
 */
export function mayBeAnyRound(ctx: SentenceContext, claim: Claim): boolean {
  return (
    !claim.object &&
    claim.event.status === 'prospective' &&
    !claim.inFocus &&
    !claim.nearby?.some(isStartupId) &&
    !aboutUnknownCompany(ctx)
  );
}

function inferredSubject(ctx: SentenceContext): Pick<Claim, 'subject' | 'inferred'> {
  const previous = [...new Set(ctx.previousCompanies)];
  if (previous.length === 1) return { subject: previous[0], inferred: true };
  if (ctx.doc.subject) return { subject: ctx.doc.subject, inferred: true };
  return { inferred: true };
}

function inferredStartup(ctx: SentenceContext): Pick<Claim, 'subject' | 'inferred'> {
  const previous = [...new Set(ctx.previousCompanies)].filter(isStartupId);
  if (previous.length === 1) return { subject: previous[0], inferred: true };
  const subject = ctx.recentStartup ?? (ctx.doc.subject && isStartupId(ctx.doc.subject) ? ctx.doc.subject : undefined);
  return subject ? { subject, inferred: true } : { inferred: true };
}

export { companyBefore };

/** A claim over a figure: its span is the figure with its qualifier, so it marks exactly what is checked. */
// Words that deny, doubt, condition or widen what a sentence counts.
const HEDGE =
  /\b(?:not|never|no longer|may|might|could|would|if|unless|including|counting|excluding|affiliates|estimates?|estimated)\b|n['’]t\b/;
const hedged = perSentence((ctx) => HEDGE.test(ctx.lower));

export function figureClaim(ctx: SentenceContext, relation: Relation, q: Quantity, parties: Partial<Claim>): Claim {
  const event = eventCues(ctx, q.start, q.end);
  return {
    start: q.start,
    end: q.end,
    text: ctx.doc.text.slice(q.start, q.end),
    relation,
    value: q,
    event: hedged(ctx) ? { ...event, hedged: true } : event,
    nearby: nearbyCompanies(ctx),
    named: sentenceCompanies(ctx),
    articleSubject: ctx.doc.subject,
    inFocus: ctx.recentStartup,
    ...parties,
    ...guessedParty(ctx, parties),
  };
}

/** The companies the sentence names only by a word for their kind ("the retailer"). */
const onlyGuessed = perSentence((ctx): Set<string> => {
  const guessed = new Set(ctx.mentions.filter((m) => m.guessed).map((m) => m.id));
  for (const m of ctx.mentions) if (!m.guessed) guessed.delete(m.id);
  return guessed;
});

/** A party named only as "the retailer" is a guess: the claim may agree with a fact, never contradict one. */
function guessedParty(ctx: SentenceContext, parties: Partial<Claim>): Partial<Claim> {
  const guessed = onlyGuessed(ctx);
  if (guessed.size === 0) return {};
  return (parties.subject && guessed.has(parties.subject)) || (parties.object && guessed.has(parties.object))
    ? { inferred: true }
    : {};
}

/** The companies named in the claim's sentence and the one before it. */
function nearbyCompanies(ctx: SentenceContext): string[] {
  return companiesAround(ctx).nearby;
}

/** The companies named in the claim's own sentence. */
function sentenceCompanies(ctx: SentenceContext): string[] {
  return companiesAround(ctx).own;
}

// Once per sentence, not once per claim: a long run of figures would otherwise cost claims x mentions. Shared by the
// sentence's claims, so frozen: nothing reading a claim may change another's.
const companiesAround = perSentence((ctx): { own: string[]; nearby: string[] } => {
  const own = Object.freeze([...new Set(ctx.mentions.filter(isCompany).map((m) => m.id))]) as string[];
  const nearby = Object.freeze([...new Set([...own, ...ctx.previousCompanies])]) as string[];
  return { own, nearby };
});

/** A claim over a phrase with no figure ("advanced talks", "Trainium"). */
export function phraseClaim(
  ctx: SentenceContext,
  relation: Relation,
  start: number,
  end: number,
  parties: Partial<Claim>,
): Claim {
  return {
    start,
    end,
    text: ctx.doc.text.slice(start, end),
    relation,
    event: eventCues(ctx, start, end),
    nearby: nearbyCompanies(ctx),
    named: sentenceCompanies(ctx),
    articleSubject: ctx.doc.subject,
    inFocus: ctx.recentStartup,
    ...parties,
    ...guessedParty(ctx, parties),
  };
}
