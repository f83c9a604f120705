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

export function factIndex(base: FactBase): FactIndex {
  const known = cache.get(base);
  if (known) return known;
  const bySubject = new Map<string, Fact[]>();
  const byId = new Map<string, Fact>();
  for (const f of base.facts) {
    const key = `${f.relation}\u0000${f.subject}`;
    const list = bySubject.get(key) ?? [];
    list.push(f);
    bySubject.set(key, list);
    byId.set(f.id, f);
  }
  const sources = new Map(base.sources.map((s) => [s.id, s]));
  const index: FactIndex = {
    base,
    byRelationSubject: (relation, subject) => bySubject.get(`${relation}\u0000${subject}`) ?? [],
    byId: (id) => byId.get(id),
    source: (id) => sources.get(id),
  };
  cache.set(base, index);
  return index;
}
