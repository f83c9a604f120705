import type { Claim } from '../claims/types';
import type { Fact } from '../factbase/schema';
import { compareDates } from '../text/dates';
import type { Relation } from '../claims/types';

const namedNearby = (claim: Claim, id: string) => (claim.nearby ?? []).includes(id);

/**
 * Whether a fact may be about the claim's event: enough to support the claim when the figures agree. Parties must fit,
 * dates must not tell the events apart, and the kind of financing must be the same.
 */
export function mayBeSameEvent(
  claim: Claim,
  fact: Fact,
  documentDate?: string,
  relation: Relation = claim.relation,
): boolean {
  if (relation === 'acquisition') {
    if (claim.object && fact.object && claim.object !== fact.object && claim.subject !== fact.object) return false;
  } else if (claim.object && fact.object && claim.object !== fact.object) return false;
  // A figure with no target ("Amazon will invest $50 billion in government AI infrastructure") is about this fact
  // only where the fact's target is named close by.
  if (
    !claim.object &&
    fact.object &&
    relation !== 'participants' &&
    !claim.anyRound &&
    !namedNearby(claim, fact.object) &&
    claim.articleSubject !== fact.object &&
    claim.inFocus !== fact.object
  )
    return false;
  // A pre-money valuation is another measure than the figures the sources give; a valuation hoped for in a listing is
  // not the one a private round sets.
  if (
    relation === 'valuation' &&
    (claim.detail === 'pre-money' || (claim.detail === 'listing' && fact.event.round !== undefined))
  )
    return false;
  const e = fact.event;
  const c = claim.event;
  if (e.notBefore && documentDate && compareDates(documentDate, e.notBefore) < 0) return false;
  if (c.date) {
    if (e.date && compareDates(c.date, e.date) !== 0) return false;
    if (!e.date && e.notBefore && compareDates(c.date, e.notBefore) < 0) return false;
  }
  if (c.round && e.round && c.round !== e.round && c.round !== 'tranche') return false;
  // A plan reported after a past event happened ("is about to lay off 14,000" in January) is a new event, unless the
  // claim names the past event's date itself.
  if (
    c.status === 'prospective' &&
    e.status === 'completed' &&
    e.date &&
    !c.date &&
    documentDate &&
    compareDates(documentDate, e.date) > 0
  )
    return false;
  // A running total of job cuts ("30,000 since October") is only the total, and only one counted from the same date;
  // a wave named as the later one is not the first.
  if (fact.relation === 'layoffs' && claim.detail === 'cumulative' && !e.aggregate) return false;
  if (e.since && claim.detail === 'cumulative' && c.date && compareDates(c.date, e.since) !== 0) return false;
  if (fact.relation === 'layoffs' && claim.detail === 'later-wave' && e.status === 'completed' && e.date) return false;
  return true;
}

/**
 * Whether the claim is shown to be about exactly the fact's event and the whole of its figure: what contradicting it
 * needs on top of `mayBeSameEvent`. A claim whose parties are inferred, a part of a figure (a tranche, "of which"), an
 * increment, a joint figure of several companies, an earlier figure given for comparison, or a running total (the
 * claim's or the fact's) proves
 * nothing against the fact's figure.
 */
export function provenSameEvent(claim: Claim, fact: Fact, documentDate?: string, reportedUntil?: string): boolean {
  const c = claim.event;
  const e = fact.event;
  if (claim.inferred || c.incremental || c.baseline || c.part || c.joint || c.round === 'tranche') return false;
  if ((c.total || e.aggregate) && !aboveRunningTotal(claim, fact, documentDate, reportedUntil)) return false;
  // The other party must be named in the claim's own sentence: "record investments of $125bn" after a sentence about
  // OpenAI is not an investment in OpenAI. Talks about money its sentence sends nowhere else are about the startup in
  // focus ("Amazon is also in talks to invest more than $10 billion, the report added").
  const focusTalks = claim.untargeted === true && claim.inFocus === fact.object && c.status === 'prospective';
  if (
    fact.object !== undefined &&
    claim.object !== fact.object &&
    !(claim.named ?? []).includes(fact.object) &&
    !focusTalks
  )
    return false;
  // A dated, completed event or a secondary sale must be named by the claim before it can be contradicted.
  if (e.round !== undefined && c.round !== e.round) return false;
  if (e.status === 'completed' && e.date !== undefined && c.date === undefined) return false;
  // Talks that have since closed: the closing figure is the same event only when the claim places it after the last
  // source that still reports the talks, by its own date or as the latest/new round of an article dated after then.
  if (c.status === 'completed' && e.status === 'prospective') {
    const placed = c.date ?? (c.current ? documentDate : undefined);
    const after = reportedUntil ?? e.notBefore;
    if (!placed || !after || compareDates(placed, after) < 0) return false;
  }
  return true;
}

const LOWER_BOUNDS = new Set(['exact', 'about', 'more-than', 'at-least', 'range']);

/**
 * A running total the claim states as more than the fact's, as of the same time. A total only grows, so until the last
 * report on it a higher one is wrong; a lower one may be an earlier count or one tranche, and a later article may count
 * more. The claim must state it plainly (not foreseen, doubted, conditioned, counted wider, or as a cap) and count from
 * the same start: the fact's "since" date ("30,000 since October 2025", in an article dated no later than the last
 * report on the total's topic), or, for a total with no start ("has invested $24 billion so far"), no other date, in an
 * article of the month of the latest source giving it.
 */
function aboveRunningTotal(claim: Claim, fact: Fact, documentDate?: string, reportedUntil?: string): boolean {
  const q = claim.value;
  const c = claim.event;
  if (!fact.event.aggregate || !q || !documentDate || !reportedUntil) return false;
  if (c.status === 'prospective' || c.hedged || !LOWER_BOUNDS.has(q.qualifier)) return false;
  const since = fact.event.since;
  const sameTime = since
    ? claim.detail === 'cumulative' && c.date === since && compareDates(documentDate, reportedUntil) <= 0
    : c.total === true && !c.date && documentDate.slice(0, 7) === reportedUntil.slice(0, 7);
  return sameTime && fact.versions.every((v) => v.value !== undefined && q.value > (v.value.high ?? v.value.value));
}
