/**
 * The notes database (IndexedDB through Dexie), opened only in the extension's own origin: the background service
 * worker. Every schema version stays declared here with its upgrade, so a profile written by any earlier DealLens
 * opens with the current one; each version has a fixture test (lib/notes/db-migration.test.ts).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { normalizeTags, noteTargetSchema, pageKey, tagKey, targetUrl, type Note, type NoteTarget } from './model';
import { inNoteTimeRange, parseNoteTime } from './note-time';

const NOTES_DB_NAME = 'deallens-notes';
export const NOTES_DB_VERSION = 3;

/** v1 (DealLens 0.1): times as ISO strings, tags as typed, no tombstones. */
export interface StoredNoteV1 {
  id: string;
  text: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  target: NoteTarget;
}

/**
 * v2: times as epoch ms (sortable, comparable without parsing); `pageKey` files claim and page notes under their
 * page with tracking parameters stripped; `tagKeys` indexes folded tags; `deletedAt` (0 = live) is the tombstone
 * that makes delete undoable. IndexedDB cannot index null, hence 0 rather than null.
 */
export interface StoredNote extends Note {
  pageKey: string;
  tagKeys: string[];
  deletedAt: number;
}

/**
 * v3: the same notes, plus `setAside`: records an upgrade could not read (a v1 note without a target, a time outside
 * 1970–2200), kept whole with the reason instead of failing the upgrade, which would fail every start after it.
 */
export interface SetAsideRecord {
  key?: number;
  reason: string;
  /** The version the record was written by, and the record as it was. */
  fromVersion: number;
  record: unknown;
}

const SCHEMAS: Record<number, Record<string, string>> = {
  1: { notes: 'id, updatedAt, target.url, target.factId' },
  2: { notes: 'id, updatedAt, pageKey, *tagKeys, deletedAt, target.factId' },
  3: { notes: 'id, updatedAt, pageKey, *tagKeys, deletedAt, target.factId', setAside: '++key' },
};

function isoToMs(v: unknown, fallback: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const ms = typeof v === 'string' ? (parseNoteTime(v) ?? Date.parse(v)) : NaN;
  return Number.isFinite(ms) ? ms : fallback;
}

/** Why a v1 record cannot become a note, or null when it can. */
function v1Problem(rec: unknown): string | null {
  if (!rec || typeof rec !== 'object') return 'not a record';
  const r = rec as Partial<StoredNoteV1>;
  if (typeof r.id !== 'string' || !r.id) return 'no id';
  if (!noteTargetSchema.safeParse(r.target).success) return 'no valid target';
  for (const t of [r.createdAt, r.updatedAt]) {
    if (t !== undefined && !inNoteTimeRange(isoToMs(t, 0))) return 'a time outside 1970–2200';
  }
  return null;
}

/** Why a stored (v2 and later) record is not a note this version can show and export, or null. */
function storedProblem(rec: unknown): string | null {
  if (!rec || typeof rec !== 'object') return 'not a record';
  const r = rec as Partial<StoredNote>;
  if (typeof r.id !== 'string' || !r.id) return 'no id';
  if (!noteTargetSchema.safeParse(r.target).success) return 'no valid target';
  if (!inNoteTimeRange(r.createdAt ?? NaN) || !inNoteTimeRange(r.updatedAt ?? NaN)) return 'a time outside 1970–2200';
  if (typeof r.text !== 'string' || !Array.isArray(r.tags)) return 'no text or tags';
  return null;
}

/** The v1 -> v2 upgrade of one record (a record v1Problem accepts). Exported for the migration test. */
function upgradeV1toV2(rec: StoredNoteV1): StoredNote {
  const createdAt = isoToMs(rec.createdAt, 0);
  const updatedAt = isoToMs(rec.updatedAt, createdAt);
  const tags = normalizeTags(Array.isArray(rec.tags) ? rec.tags.filter((t) => typeof t === 'string') : []);
  return {
    id: rec.id,
    text: typeof rec.text === 'string' ? rec.text : '',
    tags,
    createdAt,
    updatedAt: Math.max(updatedAt, createdAt),
    target: rec.target,
    pageKey: pageKeyOf(rec.target),
    tagKeys: tags.map(tagKey),
    deletedAt: 0,
  };
}

function pageKeyOf(target: NoteTarget): string {
  const url = targetUrl(target);
  return url ? pageKey(url) : '';
}

/** Declares schema versions 1..upTo on a Dexie instance. Tests declare fewer to write an old database. */
export function declareVersions(db: Dexie, upTo: number = NOTES_DB_VERSION): void {
  if (upTo >= 1) db.version(1).stores(SCHEMAS[1]!);
  if (upTo >= 2) {
    db.version(2)
      .stores(SCHEMAS[2]!)
      .upgrade(async (tx) => {
        const table = tx.table('notes');
        const old = (await table.toArray()) as StoredNoteV1[];
        // Replace each record whole: modify() would keep v1's string times next to the new fields. A record that
        // cannot be upgraded stays as it was, and v3's upgrade sets it aside (its table does not exist yet here).
        await table.bulkPut(old.filter((r) => v1Problem(r) === null).map(upgradeV1toV2));
      });
  }
  if (upTo >= 3) {
    db.version(3)
      .stores(SCHEMAS[3]!)
      .upgrade(async (tx) => {
        const notes = tx.table('notes');
        const aside: SetAsideRecord[] = [];
        const ids: string[] = [];
        for (const rec of (await notes.toArray()) as unknown[]) {
          const problem = storedProblem(rec);
          if (problem === null) continue;
          const r = rec as { id?: unknown; deletedAt?: unknown };
          // Still in v1's shape (string times, no tombstone): v2's upgrade left it there.
          const fromVersion = typeof r.deletedAt === 'number' ? 2 : 1;
          aside.push({ reason: fromVersion === 1 ? (v1Problem(rec) ?? problem) : problem, fromVersion, record: rec });
          if (r.id !== undefined) ids.push(r.id as string);
        }
        if (aside.length) await tx.table('setAside').bulkAdd(aside);
        if (ids.length) await notes.bulkDelete(ids);
      });
  }
}

export class NotesDb extends Dexie {
  notes!: Table<StoredNote, string>;
  setAside!: Table<SetAsideRecord, number>;

  constructor(name: string = NOTES_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
  }
}

/** A stored record without the index-only fields. */
export function toNote(rec: StoredNote): Note {
  return {
    id: rec.id,
    text: rec.text,
    tags: rec.tags,
    createdAt: rec.createdAt,
    updatedAt: rec.updatedAt,
    target: rec.target,
  };
}

export function toStored(note: Note, deletedAt = 0): StoredNote {
  return { ...note, pageKey: pageKeyOf(note.target), tagKeys: note.tags.map(tagKey), deletedAt };
}
