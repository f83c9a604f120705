/**
 * The notes database (IndexedDB through Dexie), opened only in the extension's own origin: the background service
 * worker. Every schema version stays declared here with its upgrade, so a profile written by any earlier DealLens
 * opens with the current one; each version has a fixture test (lib/notes/db-migration.test.ts).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { normalizeTags, pageKey, tagKey, targetUrl, type Note, type NoteTarget } from './model';

export const NOTES_DB_NAME = 'deallens-notes';
export const NOTES_DB_VERSION = 2;

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

export const SCHEMAS: Record<number, Record<string, string>> = {
  1: { notes: 'id, updatedAt, target.url, target.factId' },
  2: { notes: 'id, updatedAt, pageKey, *tagKeys, deletedAt, target.factId' },
};

function isoToMs(v: unknown, fallback: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? ms : fallback;
}

/** The v1 -> v2 upgrade of one record. Exported for the migration test; Dexie runs it inside the upgrade. */
export function upgradeV1toV2(rec: StoredNoteV1): StoredNote {
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

export function pageKeyOf(target: NoteTarget): string {
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
        // Replace each record whole: modify() would keep v1's string times next to the new fields.
        await table.bulkPut(old.map(upgradeV1toV2));
      });
  }
}

export class NotesDb extends Dexie {
  notes!: Table<StoredNote, string>;

  constructor(name: string = NOTES_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
  }
}

/** A stored record without the index-only fields. */
export function toNote(rec: StoredNote): Note {
  return { id: rec.id, text: rec.text, tags: rec.tags, createdAt: rec.createdAt, updatedAt: rec.updatedAt, target: rec.target };
}

export function toStored(note: Note, deletedAt = 0): StoredNote {
  return { ...note, pageKey: pageKeyOf(note.target), tagKeys: note.tags.map(tagKey), deletedAt };
}
