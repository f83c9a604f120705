import type { Relation } from '../claims/types';
import type { Fact, FactBase, Source } from './schema';

/** Lookups by relation and subject, so judging a claim never scans every fact, however large the fact base grows. */
export interface FactIndex {
  base: FactBase;
  byRelationSubject(relation: Relation, subject: string): Fact[];
  byId(id: string): Fact | undefined;
  source(id: string): Source | undefined;
}

const cache = new WeakMap<FactBase, FactIndex>();
const NONE: Fact[] = [];

export function factIndex(base: FactBase): FactIndex {
  const known = cache.get(base);
  if (known) return known;
  // Relation, then subject: two lookups, and no key string built per claim.
  const byRelation = new Map<string, Map<string, Fact[]>>();
  const byId = new Map<string, Fact>();
  for (const f of base.facts) {
    let bySubject = byRelation.get(f.relation);
    if (!bySubject) byRelation.set(f.relation, (bySubject = new Map<string, Fact[]>()));
    const list = bySubject.get(f.subject);
    if (list) list.push(f);
    else bySubject.set(f.subject, [f]);
    byId.set(f.id, f);
  }
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  const index: FactIndex = {
    base,
    byRelationSubject: (relation, subject) => byRelation.get(relation)?.get(subject) ?? NONE,
    byId: (id) => byId.get(id),
    source: (id) => sources.get(id),
  };
  cache.set(base, index);
  return index;
}
