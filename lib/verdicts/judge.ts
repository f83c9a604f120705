import type { Claim } from '../claims/types';
import type { Fact, FactValue, FactVersion } from '../factbase/schema';
import type { FactIndex } from '../factbase/fact-index';
import { mayBeSameEvent, provenSameEvent } from './same-event';
import { MONEY_FACT_RELATIONS, policyOf } from '../claims/relations/index';
import { compareValues, type Comparison } from './compare';
import type { Annotation } from './types';
import { whyContradicted, whyDisputed, whySupported, whyUnknown } from './why';

export interface JudgeContext {
  index: FactIndex;
  /** The article's date, when known. */
  documentDate?: string;
}

/** A fact of another relation about the same subject whose figure the claim states exactly. */
function sameFigureElsewhere(claim: Claim, ctx: JudgeContext): Fact | undefined {
  if (!claim.value || claim.value.kind !== 'money' || !claim.subject) return undefined;
  const exact = { ...claim.value, qualifier: 'exact' as const };
  for (const relation of MONEY_FACT_RELATIONS) {
    if (relation === claim.relation) continue;
    for (const f of ctx.index.byRelationSubject(relation, claim.subject)) {
      if (
        mayBeSameEvent(claim, f, ctx.documentDate, relation) &&
        f.versions.some((v) => v.value && compareValues(exact, exactValue(v.value)) === 'match')
      )
        return f;
    }
  }
  return undefined;
}

// A fact's figure with its qualifier dropped, made once per figure: facts never change once loaded.
const exactValues = new WeakMap<FactValue, FactValue>();
function exactValue(v: FactValue): FactValue {
  let e = exactValues.get(v);
  if (!e) exactValues.set(v, (e = { ...v, qualifier: 'exact' }));
  return e;
}

function compareVersion(claim: Claim, v: FactVersion): Comparison {
  if (claim.value && v.value) return compareValues(claim.value, v.value);
  if (claim.relation === 'chips') return 'match';
  if (claim.value || v.value) return 'unclear';
  if (claim.detail && v.detail) return sameDetail(claim.detail, v.detail) ? 'match' : 'unclear';
  return policyOf(claim.relation).existence ? 'match' : 'unclear';
}

/** A description as a set of words: order, articles and "at/of", and ways of saying "former", do not matter. */
function detailWords(s: string): string {
  const words = s
    .toLowerCase()
    .replace(/\b(?:ex-|formerly|once|used to be)\s*/g, 'former ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  return [...new Set(words.filter((w) => !['a', 'an', 'the', 'at', 'of', 'for', 'with', 'from', 'and'].includes(w)))]
    .sort()
    .join(' ');
}
function sameDetail(a: string, b: string): boolean {
  return detailWords(a) === detailWords(b);
}

/**
 * The verdict on one claim. Contradicted only when exactly one fact can be about the same event, the claim names its
 * parties itself, states a figure the fact can be measured against, and every source's figure clearly differs.
 */
export function judgeClaim(found: Claim, ctx: JudgeContext): Annotation {
  const claim = oriented(withInferredSubject(found, ctx), ctx.index);
  if (!claim.subject) return unknown(claim, whyUnknown(claim, 'no-subject'));
  const related = ctx.index.byRelationSubject(claim.relation, claim.subject);
  if (claim.relation === 'participants') return judgeParticipants(claim, ctx);
  if (claim.relation === 'chips') {
    const fact = related[0];
    if (!fact) return unknown(claim, whyUnknown(claim, 'no-fact'));
    // "OpenAI will adopt its Trainium chips, Amazon hopes": an owner read from "its" may be any company of the sentence.
    const inferredMaker = claim.inferred && fact.object !== undefined && claim.named?.includes(fact.object);
    if (claim.object === fact.object || inferredMaker)
      return { claim, verdict: 'supported', facts: [fact.id], why: whySupported(claim, fact) };
    if (claim.inferred) return unknown(claim, whyUnknown(claim, 'unclear', fact));
    return { claim, verdict: 'contradicted', facts: [fact.id], why: whyContradicted(claim, fact) };
  }
  if (related.length === 0) return unknown(claim, whyUnknown(claim, 'no-fact'));
  const candidates = related.filter((f) => mayBeSameEvent(claim, f, ctx.documentDate));
  if (candidates.length === 0) return unknown(claim, whyUnknown(claim, 'other-event', related[0]));

  // A point where the sources themselves disagree (stage of talks, a quoted person's title): any claim on it.
  const split = candidates.filter((f) => f.versions.length > 1 && policyOf(f.relation).described);
  if (split.length === 1 && candidates.length === 1)
    return { claim, verdict: 'disputed', facts: [split[0]!.id], why: whyDisputed(claim, split[0]!, ctx.index) };

  const matched = candidates.filter((f) => f.versions.some((v) => compareVersion(claim, v) === 'match'));
  if (matched.length > 0) {
    const disputed = matched.find((f) => f.versions.length > 1);
    if (disputed)
      return { claim, verdict: 'disputed', facts: [disputed.id], why: whyDisputed(claim, disputed, ctx.index) };
    return {
      claim,
      verdict: 'supported',
      facts: matched.map((f) => f.id),
      why: whySupported(claim, matched[0]!),
    };
  }
  // A running total among the candidates is no rival event for a claim that is not one: "14,000 in the second wave"
  // is measured against that wave, and the total it belongs to does not make the event unclear.
  const events = candidates.filter((f) => !f.event.aggregate || claim.detail === 'cumulative' || claim.event.total);
  const fact = events.length === 1 ? events[0]! : candidates[0]!;
  // Support needs parties, relation and a compatible figure; contradiction needs all that and proof that the claim is
  // about the whole of this one event (see provenSameEvent), on a point that can be contradicted at all.
  const conflicts = fact.versions.every((v) => compareVersion(claim, v) === 'conflict');
  const other = conflicts ? sameFigureElsewhere(claim, ctx) : undefined;
  // "could lift that figure to roughly $830 billion": a figure that is another fact about the same company is that fact.
  if (other)
    return {
      claim,
      verdict: other.versions.length > 1 ? 'disputed' : 'supported',
      facts: [other.id],
      why: whySupported(claim, other),
    };
  const policy = policyOf(claim.relation);
  const contradictable =
    !policy.existence &&
    (!policy.timeVarying || (policy.standsUntilChanged === true && !claim.event.hedged && ofLatestMonth(fact, ctx)));
  if (
    events.length === 1 &&
    conflicts &&
    contradictable &&
    provenSameEvent(
      claim,
      fact,
      ctx.documentDate,
      fact.event.since ? topicLastReported(fact, ctx.index) : lastReported(fact, ctx.index),
    )
  ) {
    return { claim, verdict: 'contradicted', facts: [fact.id], why: whyContradicted(claim, fact) };
  }
  return unknown(claim, whyUnknown(claim, candidates.length > 1 ? 'ambiguous' : 'unclear', fact));
}

/** Whether the article is of the month of the fact's latest dated source: the value as it then stood. */
function ofLatestMonth(fact: Fact, ctx: JudgeContext): boolean {
  const last = lastReported(fact, ctx.index);
  return ctx.documentDate !== undefined && last !== undefined && ctx.documentDate.slice(0, 7) === last.slice(0, 7);
}

// Facts never change once loaded: each one's latest dated source is looked up once.
const lastReports = new WeakMap<Fact, string | null>();
/** The date of the latest dated source that reports the fact, if any source is dated. */
function lastReported(fact: Fact, index: FactIndex): string | undefined {
  let d = lastReports.get(fact);
  if (d === undefined) {
    d = null;
    for (const v of fact.versions)
      for (const s of v.sources) {
        const date = index.source(s.sourceId)?.date;
        if (date && (d === null || date > d)) d = date;
      }
    lastReports.set(fact, d);
  }
  return d ?? undefined;
}

/** The latest dated source of any fact of the fact's topic: a running total is known as of then. */
function topicLastReported(fact: Fact, index: FactIndex): string | undefined {
  let d: string | undefined;
  for (const f of index.base.facts) {
    if (f.topic !== fact.topic) continue;
    const r = lastReported(f, index);
    if (r && (!d || r > d)) d = r;
  }
  return d;
}

/**
 * A claim of a relation that reads the same either way round ("Anthropic is building a data center with Amazon"), put
 * the way round the fact base has it, where only that way has facts.
 */
function oriented(claim: Claim, index: FactIndex): Claim {
  if (
    !claim.subject ||
    !policyOf(claim.relation).symmetric ||
    index.byRelationSubject(claim.relation, claim.subject).length
  )
    return claim;
  const turned = index.base.facts.find(
    (f) => f.relation === claim.relation && f.object === claim.subject && (!claim.object || claim.object === f.subject),
  );
  return turned ? { ...claim, subject: turned.subject, object: claim.subject } : claim;
}

function unknown(claim: Claim, why: string): Annotation {
  return { claim, verdict: 'unknown', facts: [], why };
}

/** An inferred subject the fact base knows nothing of gives way to the one company nearby that the relation applies to. */
function withInferredSubject(claim: Claim, ctx: JudgeContext): Claim {
  if (!claim.inferred || !claim.nearby?.length) return claim;
  if (claim.subject && ctx.index.byRelationSubject(claim.relation, claim.subject).length > 0) return claim;
  const known = claim.nearby.filter((id) => ctx.index.byRelationSubject(claim.relation, id).length > 0);
  return known.length === 1 ? { ...claim, subject: known[0] } : claim;
}

function judgeParticipants(claim: Claim, ctx: JudgeContext): Annotation {
  // A list is checked name by name; names the fact base knows nothing of are left out, never held against the list.
  const facts: Fact[] = [];
  for (const id of [claim.subject!, ...(claim.others ?? [])]) {
    const f = ctx.index.byRelationSubject('participants', id).find((x) => mayBeSameEvent(claim, x, ctx.documentDate));
    if (f) facts.push(f);
  }
  if (facts.length === 0) return { claim, verdict: 'unknown', facts: [], why: whyUnknown(claim, 'no-fact') };
  return {
    claim,
    verdict: 'supported',
    facts: facts.map((f) => f.id),
    why: whySupported(claim, facts[0]!, facts.length),
  };
}
