/**
 * The reader's sources and the fact index built over them: one object that keeps the database and the index in step.
 * Saving, editing, removing, undoing and importing each change the index incrementally (only the facts the source
 * names). Pure apart from Dexie; runs in the background and in Vitest (fake-indexeddb).
 */
import type { FactBase } from '../factbase/schema';
import { PackIndex } from '../factbase/pack-index';
import { PACK_FORMAT, PACK_VERSION, PackError, parsePack, type FactPack } from '../factbase/pack';
import { SourcesDb, type StoredSource } from './db';
import { proposeFacts, joinFor, sourcePack } from './propose';
import {
  SOURCE_EXPORT_PREFIX,
  type ProposedFact,
  type SourceDraft,
  type SourceMeta,
  type SourceSummary,
} from './model';
import { combinePacks, proposalsFromPack, splitPack } from './pack-split';
import { sourceIdFor } from './source-id';

export {};

/** Removed sources stay restorable this long. */
export const UNDO_MS = 24 * 60 * 60 * 1000;
const BUNDLED_PACK_ID = 'bundled';

export interface ImportResult {
  sources: number;
  facts: number;
}

export class SourcesStore {
  readonly index: PackIndex;
  private loading: Promise<void> | null = null;
  /** Each live source's pack, as added to the index. */
  private readonly packs = new Map<string, FactBase>();

  constructor(
    readonly db: SourcesDb,
    private readonly bundled: FactBase,
    private readonly now: () => number = Date.now,
  ) {
    this.index = new PackIndex([{ id: BUNDLED_PACK_ID, pack: bundled, user: false }]);
  }

  /** Loads every live source into the index, once. */
  ready(): Promise<void> {
    this.loading ??= (async () => {
      const live = await this.db.sources.where('deletedAt').equals(0).sortBy('addedAt');
      for (const s of live) this.attach(s);
    })().catch((err: unknown) => {
      // Not cached: the next request tries to open the database again.
      this.loading = null;
      throw err;
    });
    return this.loading;
  }

  /** Runs `fn` against the index without source `id` (a source being edited does not join its own facts). */
  private without<T>(id: string | undefined, fn: () => T): T {
    const stored = id ? this.packOf(id) : undefined;
    if (!stored) return fn();
    this.index.remove(id!);
    try {
      return fn();
    } finally {
      this.index.add(id!, stored);
    }
  }

  private packOf(id: string): FactBase | undefined {
    return this.index.has(id) ? this.packs.get(id) : undefined;
  }

  private attach(s: StoredSource): void {
    this.packs.set(s.id, s.pack);
    this.index.add(s.id, s.pack);
  }

  private detach(id: string): void {
    this.packs.delete(id);
    this.index.remove(id);
  }

  async propose(text: string, meta: SourceMeta): Promise<SourceDraft> {
    await this.ready();
    const id = sourceIdFor(meta.url, text);
    const saved = await this.db.sources.get(id);
    if (saved && saved.deletedAt === 0) return this.draftOf(saved);
    const facts = this.without(id, () => proposeFacts(text, meta.date, this.index));
    return { meta, text, facts };
  }

  /** The draft of a saved source, its kept facts with what they join now. */
  async draft(id: string): Promise<SourceDraft> {
    await this.ready();
    const saved = await this.liveSource(id);
    return this.draftOf(saved);
  }

  private draftOf(saved: StoredSource): SourceDraft {
    return this.preview({ id: saved.id, meta: saved.meta, text: saved.text, facts: saved.facts });
  }

  /** The draft with each proposal's join computed again (after the reader edited parties, figure, stage or date). */
  preview(draft: SourceDraft): SourceDraft {
    const facts = this.without(draft.id, () =>
      draft.facts.map((p) => {
        const { join: _old, ...rest } = p;
        const join = joinFor(rest, this.index, draft.meta.date);
        return join ? { ...rest, join } : rest;
      }),
    );
    return { ...draft, facts };
  }

  async save(draft: SourceDraft): Promise<SourceSummary> {
    await this.ready();
    const id = draft.id ?? sourceIdFor(draft.meta.url, draft.text);
    const before = await this.db.sources.get(id);
    const now = this.now();
    const addedAt = before && before.deletedAt === 0 ? before.addedAt : now;
    const facts: ProposedFact[] = draft.facts.map(({ join: _j, ...p }) => p);
    const pack = this.without(id, () => sourcePack(id, { ...draft, facts }, addedAt, this.index));
    const record: StoredSource = {
      id,
      meta: draft.meta,
      text: draft.text,
      facts,
      pack,
      addedAt,
      updatedAt: now,
      deletedAt: 0,
    };
    await this.db.sources.put(record);
    this.attach(record);
    return summary(record);
  }

  async list(query = ''): Promise<SourceSummary[]> {
    await this.ready();
    const q = query.trim().toLowerCase();
    const live = await this.db.sources.where('deletedAt').equals(0).toArray();
    return live
      .filter((s) => !q || [s.meta.title, s.meta.outlet, s.meta.url, s.text].some((f) => f.toLowerCase().includes(q)))
      .sort((a, b) => b.addedAt - a.addedAt)
      .map(summary);
  }

  private async liveSource(id: string): Promise<StoredSource> {
    const s = await this.db.sources.get(id);
    if (!s || s.deletedAt !== 0)
      throw new Error('DealLens: that source is not among your sources (removed meanwhile?).');
    return s;
  }

  async remove(id: string): Promise<SourceSummary> {
    await this.ready();
    const s = await this.liveSource(id);
    const removed = { ...s, deletedAt: this.now() };
    await this.db.sources.put(removed);
    this.detach(id);
    return summary(removed);
  }

  async undoRemove(id: string): Promise<SourceSummary> {
    await this.ready();
    const s = await this.db.sources.get(id);
    if (!s || s.deletedAt === 0) throw new Error('DealLens: there is no removed source to restore.');
    const restored = { ...s, deletedAt: 0 };
    await this.db.sources.put(restored);
    this.attach(restored);
    return summary(restored);
  }

  /** Removed sources older than UNDO_MS go for good. */
  async purge(): Promise<number> {
    const cutoff = this.now() - UNDO_MS;
    return this.db.sources.where('deletedAt').between(1, cutoff, true, true).delete();
  }

  async exportPack(): Promise<{ fileName: string; pack: FactPack; count: number }> {
    await this.ready();
    const live = await this.db.sources.where('deletedAt').equals(0).sortBy('addedAt');
    const now = this.now();
    const pack: FactPack = {
      format: PACK_FORMAT,
      name: 'My DealLens sources',
      createdAt: now,
      ...combinePacks(live.map((s) => s.pack)),
    };
    return {
      fileName: `${SOURCE_EXPORT_PREFIX}-${new Date(now).toISOString().slice(0, 10)}.json`,
      pack,
      count: live.length,
    };
  }

  /** Imports a pack file's sources; all or nothing. A bad file throws a PackError and changes nothing. */
  async importPack(json: string): Promise<ImportResult> {
    await this.ready();
    const pack = parsePack(json);
    if (pack.version !== PACK_VERSION) throw new PackError('This fact pack has an unknown version.');
    const missing = pack.sources.filter((s) => !s.text);
    if (missing.length)
      throw new PackError(
        `This fact pack does not carry the text of source ${missing[0]!.id}, so its quotes cannot be checked.`,
      );
    const bundledIds = new Set(this.bundled.sources.map((s) => s.id));
    const clash = pack.sources.find((s) => bundledIds.has(s.id));
    if (clash) throw new PackError(`This fact pack reuses the id of a bundled source (${clash.id}).`);
    const parts = splitPack(pack);
    const ownIds = new Set(parts.map((p) => p.source.id));
    // Checked against the fact base as it will be: the bundled base and the sources this pack does not replace.
    const probe = new PackIndex([{ id: BUNDLED_PACK_ID, pack: this.bundled, user: false }]);
    for (const [id, part] of this.packs) if (!ownIds.has(id)) probe.add(id, part);
    const conflicts = parts.flatMap((p) => probe.conflicts(p.pack));
    if (conflicts.length)
      throw new PackError(`This fact pack names fact ${conflicts[0]} with other parties than your fact base does.`);
    const now = this.now();
    const records: StoredSource[] = parts.map(({ source, pack: part }) => {
      const meta: SourceMeta = {
        title: source.title,
        outlet: source.outlet ?? source.author ?? '',
        url: source.url ?? '',
        ...(source.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date) ? { date: source.date } : {}),
      };
      const addedAt = source.addedAt ?? now;
      return {
        id: source.id,
        meta,
        text: source.text!,
        facts: proposalsFromPack(part, source.id),
        pack: { ...part, sources: [{ ...source, addedAt }] },
        addedAt,
        updatedAt: now,
        deletedAt: 0,
      };
    });
    await this.db.transaction('rw', this.db.sources, () => this.db.sources.bulkPut(records));
    for (const r of records) this.attach(r);
    return { sources: records.length, facts: records.reduce((n, r) => n + r.facts.length, 0) };
  }
}

function summary(s: StoredSource): SourceSummary {
  return { id: s.id, meta: s.meta, addedAt: s.addedAt, updatedAt: s.updatedAt, facts: s.facts.length };
}
