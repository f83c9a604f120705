import type { Claim } from '../claims/types';
import type { Fact, FactValue, FactVersion } from '../factbase/schema';
import type { FactIndex } from '../factbase/fact-index';
import { compareDates } from '../text/dates';
import { compareValues, type Comparison } from './compare';
import type { Annotation } from './types';
import { whyContradicted, whyDisputed, whySupported, whyUnknown } from './why';

/** Figures that change from day to day, and plans that move from report to report: another value is another day. */
const TIME_VARYING = new Set(['share-price', 'stock-return', 'ipo-timing']);
/** Relations whose claims only assert that something is so (who takes part, who leads): absence is not contradiction. */
const EXISTENCE = new Set(['participants', 'talks-lead', 'compute-agreement', 'model-access']);

export interface JudgeContext {
  index: FactIndex;
  /** The article's date, when known. */
  documentDate?: string;
}

/** Whether a fact can be about the same event as the claim: same parties, dates and state of the deal. */
function sameEvent(claim: Claim, fact: Fact, documentDate?: string, relation = claim.relation): boolean {
  if (relation === 'acquisition') {
    if (claim.object && fact.object && claim.object !== fact.object && claim.subject !== fact.object) return false;
  } else if (claim.object && fact.object && claim.object !== fact.object) return false;
  // A figure with no target ("Amazon will invest $50 billion in government AI infrastructure") is about this fact
  // only where the fact's target is named close by.
  if (!claim.object && fact.object && relation !== 'participants' && !namedNearby(claim, fact.object) && claim.articleSubject !== fact.object) return false;
  // A pre-money valuation is another measure than the figures the sources give.
  if (relation === 'valuation' && claim.detail === 'pre-money') return false;
  const e = fact.event;
  const c = claim.event;
  if (e.notBefore && documentDate && compareDates(documentDate, e.notBefore) < 0) return false;
  if (c.date) {
    if (e.date && compareDates(c.date, e.date) !== 0) return false;
    if (!e.date && e.notBefore && compareDates(c.date, e.notBefore) < 0) return false;
  }
  // A deal reported as done cannot be talks still under way; the reverse is common wording ("valued at $500bn, it
  // could see its valuation rise") and does not tell events apart.
  if (c.status === 'completed' && e.status === 'prospective') return false;
  if (c.round && e.round && c.round !== e.round) return false;
  // A running total of job cuts ("30,000 since October") is only the total.
  if (fact.relation === 'layoffs' && claim.detail === 'cumulative' && !e.aggregate) return false;
  return true;
}

const MONEY_RELATIONS = ['valuation', 'round-size', 'investment', 'revenue', 'acquisition', 'data-center'] as const;

/** A fact of another relation about the same subject whose figure the claim states exactly. */
function sameFigureElsewhere(claim: Claim, ctx: JudgeContext): Fact | undefined {
  if (!claim.value || claim.value.kind !== 'money' || !claim.subject) return undefined;
  const exact = { ...claim.value, qualifier: 'exact' as const };
  for (const relation of MONEY_RELATIONS) {
    if (relation === claim.relation) continue;
    for (const f of ctx.index.byRelationSubject(relation, claim.subject)) {
      if (sameEvent(claim, f, ctx.documentDate, relation) && f.versions.some((v) => v.value && compareValues(exact, exactValue(v.value)) === 'match')) return f;
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

const namedNearby = (claim: Claim, id: string) => (claim.nearby ?? []).includes(id);

function compareVersion(claim: Claim, v: FactVersion): Comparison {
  if (claim.value && v.value) return compareValues(claim.value, v.value);
  if (claim.relation === 'chips') return 'match';
  if (claim.value || v.value) return 'unclear';
  if (claim.detail && v.detail) return sameDetail(claim.detail, v.detail) ? 'match' : 'unclear';
  return EXISTENCE.has(claim.relation) ? 'match' : 'unclear';
}

const normalise = (s: string) => s.toLowerCase().replace(/\b(?:a|an|the)\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
function sameDetail(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/**
 * The verdict on one claim. Contradicted only when exactly one fact can be about the same event, the claim names its
 * parties itself, states a figure the fact can be measured against, and every source's figure clearly differs.
 */
export function judgeClaim(found: Claim, ctx: JudgeContext): Annotation {
  const claim = withInferredSubject(found, ctx);
  if (!claim.subject) return unknown(claim, whyUnknown(claim, 'no-subject'));
  const related = ctx.index.byRelationSubject(claim.relation, claim.subject);
  if (claim.relation === 'participants') return judgeParticipants(claim, ctx);
  if (claim.relation === 'chips') {
    const fact = related[0];
    if (!fact) return unknown(claim, whyUnknown(claim, 'no-fact'));
    if (claim.object === fact.object) return { claim, verdict: 'supported', facts: [fact.id], why: whySupported(claim, fact, ctx.index) };
    return { claim, verdict: 'contradicted', facts: [fact.id], why: whyContradicted(claim, fact, ctx.index) };
  }
  if (related.length === 0) return unknown(claim, whyUnknown(claim, 'no-fact'));
  const candidates = related.filter((f) => sameEvent(claim, f, ctx.documentDate));
  if (candidates.length === 0) return unknown(claim, whyUnknown(claim, 'other-event', related[0]));

  // A point where the sources themselves disagree (stage of talks, a quoted person's title): any claim on it.
  const split = candidates.filter((f) => f.versions.length > 1 && (f.relation === 'talks-stage' || f.relation === 'attribution'));
  if (split.length === 1 && candidates.length === 1) return { claim, verdict: 'disputed', facts: [split[0]!.id], why: whyDisputed(claim, split[0]!, ctx.index) };

  const matched = candidates.filter((f) => f.versions.some((v) => compareVersion(claim, v) === 'match'));
  if (matched.length > 0) {
    const disputed = matched.find((f) => f.versions.length > 1);
    if (disputed) return { claim, verdict: 'disputed', facts: [disputed.id], why: whyDisputed(claim, disputed, ctx.index) };
    return { claim, verdict: 'supported', facts: matched.map((f) => f.id), why: whySupported(claim, matched[0]!, ctx.index) };
  }
  const fact = candidates[0]!;
  // Running totals only grow: an older or partial figure is not an error.
  // A dated, completed event or a secondary sale must be named by the claim before it can be contradicted.
  const unnamedEvent = (fact.event.round !== undefined && claim.event.round !== fact.event.round)
    || (fact.event.status === 'completed' && fact.event.date !== undefined && claim.event.date === undefined);
  const supportOnly = claim.inferred || claim.event.incremental || claim.event.baseline || unnamedEvent || fact.event.aggregate
    || (fact.object !== undefined && claim.object === undefined && !namedNearby(claim, fact.object)) || TIME_VARYING.has(claim.relation) || EXISTENCE.has(claim.relation);
  const conflicts = fact.versions.every((v) => compareVersion(claim, v) === 'conflict');
  const other = conflicts ? sameFigureElsewhere(claim, ctx) : undefined;
  // "could lift that figure to roughly $830 billion": a figure that is another fact about the same company is that fact.
  if (other) return { claim, verdict: other.versions.length > 1 ? 'disputed' : 'supported', facts: [other.id], why: whySupported(claim, other, ctx.index) };
  if (candidates.length === 1 && !supportOnly && conflicts) {
    return { claim, verdict: 'contradicted', facts: [fact.id], why: whyContradicted(claim, fact, ctx.index) };
  }
  return unknown(claim, whyUnknown(claim, candidates.length > 1 ? 'ambiguous' : 'unclear', fact));
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
  const ids = [claim.subject!, ...(claim.others ?? [])];
  const facts: Fact[] = [];
  for (const id of ids) {
    const f = ctx.index.byRelationSubject('participants', id).find((x) => sameEvent(claim, x, ctx.documentDate));
    if (!f) return { claim, verdict: 'unknown', facts: facts.map((x) => x.id), why: whyUnknown(claim, 'no-fact') };
    facts.push(f);
  }
  return { claim, verdict: 'supported', facts: facts.map((f) => f.id), why: whySupported(claim, facts[0]!, ctx.index, facts.length) };
}
