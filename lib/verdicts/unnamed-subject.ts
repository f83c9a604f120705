import type { Claim, Relation } from '../claims/types';
import type { Fact, FactBase } from '../factbase/schema';
import type { FactIndex } from '../factbase/fact-index';
import { compareValues } from './compare';
import { mayBeSameEvent } from './same-event';
import { policyOf } from '../claims/relations/index';

/**
 * A claim with no subject in a text that names no company ("The October 2025 secondary sale put the company's worth at
 * half a trillion dollars"): its subject is the one company whose fact of the claim's relation its figure matches, for
 * an event its date (if any) allows. Only a guess, so the claim may be supported or disputed, never contradicted. A
 * year, or a figure that moves from day to day (a share price), is many companies' on some day: it tells no one apart.
 */
export function guessUnnamedSubject(claim: Claim, index: FactIndex, documentDate?: string): Claim {
  const value = claim.value;
  if (claim.subject || !claim.unnamedText || !value || value.kind === 'year' || value.kind === 'quarter') return claim;
  if (policyOf(claim.relation).timeVarying) return claim;
  const subjects = new Set<string>();
  for (const fact of factsOf(index.base, claim.relation)) {
    if (subjects.has(fact.subject)) continue;
    const guess = { ...claim, subject: fact.subject };
    if (
      mayBeSameEvent(guess, fact, documentDate) &&
      fact.versions.some((v) => v.value && compareValues(value, v.value) === 'match')
    )
      subjects.add(fact.subject);
  }
  const [only] = subjects;
  return subjects.size === 1 ? { ...claim, subject: only, inferred: true } : claim;
}

// A fact base never changes once loaded: its facts are grouped by relation once.
const byRelation = new WeakMap<FactBase, Map<Relation, Fact[]>>();
function factsOf(base: FactBase, relation: Relation): Fact[] {
  let groups = byRelation.get(base);
  if (!groups) {
    groups = new Map();
    for (const f of base.facts) {
      const list = groups.get(f.relation);
      if (list) list.push(f);
      else groups.set(f.relation, [f]);
    }
    byRelation.set(base, groups);
  }
  return groups.get(relation) ?? [];
}
