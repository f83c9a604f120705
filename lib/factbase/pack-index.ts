/**
 * One fact index over several packs: the bundled fact base and the reader's sources (or the packs given to `check`).
 * The judge sees one FactIndex whatever the number of packs. Facts with the same id in several packs are one fact:
 * an account with the same figure (or the same description) gains the other pack's sources, another figure becomes
 * another version, so the existing judge reports the point as `disputed` and never lets one pack override another.
 * Adding or removing a pack recomputes only the facts that pack names.
 */
import type { Relation } from '../claims/types';
import { sameFigure } from './build';
import type { FactIndex } from './fact-index';
import type { Fact, FactBase, FactValue, FactVersion, Source, Topic } from './schema';

interface Contribution {
  packId: string;
  fact: Fact;
}

interface Bucket {
  byId: Map<string, Fact>;
  list: Fact[] | null;
}

interface PackEntry {
  pack: FactBase;
  user: boolean;
}

const NONE: Fact[] = [];
const RANK: Partial<Record<FactValue['qualifier'], number>> = { 'up-to': 3, about: 2, exact: 1 };
const normalise = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

function sameAccount(a: FactVersion, b: FactVersion): boolean {
  if (a.value && b.value) return sameFigure(a.value, b.value);
  return !a.value && !b.value && normalise(a.detail) === normalise(b.detail);
}

export class PackIndex implements FactIndex {
  private readonly packs = new Map<string, PackEntry>();
  private readonly contributions = new Map<string, Contribution[]>();
  private readonly merged = new Map<string, Fact>();
  private readonly buckets = new Map<string, Map<string, Bucket>>();
  private readonly sources = new Map<string, { source: Source; packId: string }>();
  private readonly topics = new Map<string, { topic: Topic; packs: Set<string> }>();
  private materialized: FactBase | null = null;
  /** Bumped on every change, so callers can tell one state of the index from the next. */
  revision = 0;

  constructor(packs: { id: string; pack: FactBase; user?: boolean }[] = []) {
    for (const p of packs) this.add(p.id, p.pack, p.user ?? false);
  }

  get base(): FactBase {
    this.materialized ??= {
      version: 1,
      sources: [...this.sources.values()].map((s) => s.source),
      topics: [...this.topics.values()].map((t) => t.topic),
      facts: [...this.merged.values()],
    };
    return this.materialized;
  }

  byRelationSubject(relation: Relation, subject: string): Fact[] {
    const bucket = this.buckets.get(relation)?.get(subject);
    if (!bucket) return NONE;
    bucket.list ??= [...bucket.byId.values()];
    return bucket.list;
  }

  byId(id: string): Fact | undefined {
    return this.merged.get(id);
  }

  source(id: string): Source | undefined {
    return this.sources.get(id)?.source;
  }

  has(packId: string): boolean {
    return this.packs.has(packId);
  }

  /** Facts of `pack` that reuse an id of this index with another relation or subject: they cannot join it. */
  conflicts(pack: FactBase): string[] {
    return pack.facts
      .filter((f) => {
        const known = this.merged.get(f.id);
        return known && (known.relation !== f.relation || known.subject !== f.subject);
      })
      .map((f) => f.id);
  }

  /** Adds a pack (replacing one of the same id). `user`: its accounts are the reader's, marked `userSource`. */
  add(packId: string, pack: FactBase, user = true): void {
    const before = this.packs.get(packId);
    const touched = new Set<string>();
    if (before) this.detach(packId, before, touched);
    this.packs.set(packId, { pack, user });
    for (const s of pack.sources) if (!this.sources.has(s.id)) this.sources.set(s.id, { source: s, packId });
    for (const t of pack.topics) {
      const entry = this.topics.get(t.id);
      if (entry) entry.packs.add(packId);
      else this.topics.set(t.id, { topic: t, packs: new Set([packId]) });
    }
    for (const fact of pack.facts) {
      const list = this.contributions.get(fact.id) ?? [];
      list.push({ packId, fact });
      this.contributions.set(fact.id, list);
      touched.add(fact.id);
    }
    this.refresh(touched);
  }

  remove(packId: string): void {
    const entry = this.packs.get(packId);
    if (!entry) return;
    const touched = new Set<string>();
    this.detach(packId, entry, touched);
    this.refresh(touched);
  }

  private detach(packId: string, entry: PackEntry, touched: Set<string>): void {
    this.packs.delete(packId);
    for (const s of entry.pack.sources) if (this.sources.get(s.id)?.packId === packId) this.sources.delete(s.id);
    for (const t of entry.pack.topics) {
      const e = this.topics.get(t.id);
      if (e && e.packs.delete(packId) && e.packs.size === 0) this.topics.delete(t.id);
    }
    for (const fact of entry.pack.facts) {
      const list = this.contributions.get(fact.id)?.filter((c) => c.packId !== packId) ?? [];
      if (list.length) this.contributions.set(fact.id, list);
      else this.contributions.delete(fact.id);
      touched.add(fact.id);
    }
  }

  private refresh(ids: Set<string>): void {
    for (const id of ids) {
      const old = this.merged.get(id);
      const next = this.mergeOne(id);
      // Replaced in place where it stays in its bucket: the judge reads candidates in order.
      if (old && (!next || next.relation !== old.relation || next.subject !== old.subject)) this.bucket(old, false);
      if (next) {
        this.merged.set(id, next);
        this.bucket(next, true);
      } else {
        this.merged.delete(id);
      }
    }
    this.materialized = null;
    this.revision++;
  }

  private bucket(fact: Fact, add: boolean): void {
    let bySubject = this.buckets.get(fact.relation);
    if (!bySubject) this.buckets.set(fact.relation, (bySubject = new Map<string, Bucket>()));
    let b = bySubject.get(fact.subject);
    if (!b) bySubject.set(fact.subject, (b = { byId: new Map(), list: null }));
    if (add) b.byId.set(fact.id, fact);
    else b.byId.delete(fact.id);
    b.list = null;
  }

  /** The fact as all packs together tell it: the first pack's description, every pack's accounts. */
  private mergeOne(id: string): Fact | undefined {
    const list = this.contributions.get(id);
    if (!list?.length) return undefined;
    const first = list[0]!.fact;
    if (list.length === 1 && !this.packs.get(list[0]!.packId)?.user) return first;
    const versions: FactVersion[] = [];
    const userOnly: boolean[] = [];
    for (const { packId, fact } of list) {
      // Another relation or subject under the same id is another fact: it cannot join this one (see conflicts()).
      if (fact.relation !== first.relation || fact.subject !== first.subject) continue;
      const user = this.packs.get(packId)?.user ?? false;
      for (const v of fact.versions) {
        const at = versions.findIndex((x) => sameAccount(x, v));
        if (at < 0) {
          versions.push({ ...v, ...(v.value ? { value: { ...v.value } } : {}), sources: [...v.sources] });
          userOnly.push(user);
          continue;
        }
        const into = versions[at]!;
        for (const p of v.sources) {
          if (!into.sources.some((q) => q.sourceId === p.sourceId && q.start === p.start)) into.sources.push(p);
        }
        // The account keeps the loosest wording any source used, as the build does.
        if (into.value && v.value && (RANK[v.value.qualifier] ?? 0) > (RANK[into.value.qualifier] ?? 0))
          into.value.qualifier = v.value.qualifier;
        userOnly[at] = userOnly[at]! && user;
      }
    }
    const { versions: _own, ...shell } = first;
    return { ...shell, versions: versions.map((v, i) => (userOnly[i] ? { ...v, userSource: true } : v)) };
  }
}
