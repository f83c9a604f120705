/**
 * A pack of several sources split into one pack per source (how the reader's sources are stored, so that each can
 * be removed on its own), and the reverse (how they are exported). Splitting loses nothing: the pack index merges
 * the accounts of facts with the same id again, by figure.
 */
import type { Fact, FactBase, Source } from '../factbase/schema';
import type { ProposedFact } from './model';

export function splitPack(pack: FactBase): { source: Source; pack: FactBase }[] {
  return pack.sources.map((source) => {
    const facts: Fact[] = [];
    for (const fact of pack.facts) {
      const versions = fact.versions
        .map(({ userSource: _u, ...v }) => ({ ...v, sources: v.sources.filter((p) => p.sourceId === source.id) }))
        .filter((v) => v.sources.length > 0);
      if (versions.length) facts.push({ ...fact, versions });
    }
    const used = new Set(facts.map((f) => f.topic));
    return {
      source,
      pack: { version: 1, sources: [source], topics: pack.topics.filter((t) => used.has(t.id)), facts },
    };
  });
}

/** One pack of all the given ones: every source, each topic once, facts with the same id as one fact. */
export function combinePacks(packs: FactBase[]): FactBase {
  const facts = new Map<string, Fact>();
  const topics = new Map<string, FactBase['topics'][number]>();
  for (const p of packs) {
    for (const t of p.topics) topics.set(t.id, t);
    for (const f of p.facts) {
      const known = facts.get(f.id);
      if (known) known.versions.push(...f.versions);
      else facts.set(f.id, { ...f, versions: [...f.versions] });
    }
  }
  return {
    version: 1,
    sources: packs.flatMap((p) => p.sources),
    topics: [...topics.values()],
    facts: [...facts.values()],
  };
}

/** The facts of one source's pack as proposals, so an imported source can be edited like one the reader added. */
export function proposalsFromPack(pack: FactBase, sourceId: string): ProposedFact[] {
  const out: ProposedFact[] = [];
  for (const fact of pack.facts) {
    for (const v of fact.versions) {
      for (const p of v.sources) {
        if (p.sourceId !== sourceId) continue;
        out.push({
          key: out.length,
          relation: fact.relation,
          subject: fact.subject,
          ...(fact.object ? { object: fact.object } : {}),
          ...(v.value ? { value: v.value } : {}),
          ...(v.detail ? { detail: v.detail } : {}),
          ...(fact.event.status ? { status: fact.event.status } : {}),
          ...(fact.event.date ? { date: fact.event.date } : {}),
          claimText: p.quote.slice(0, 2000),
          quote: p.quote,
          start: p.start,
          end: p.end,
        });
      }
    }
  }
  return out;
}
