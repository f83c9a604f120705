/**
 * The reader's sources (IndexedDB through Dexie), opened only where notes are: the background service worker, in the
 * extension's own origin. Every schema version stays declared here with its upgrade (none yet: v1 is the first),
 * and each version has a fixture test (lib/sources/db.test.ts, tests/fixtures/sources/).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { FactBase } from '../factbase/schema';
import type { ProposedFact, SourceMeta } from './model';

const SOURCES_DB_NAME = 'deallens-sources';
export const SOURCES_DB_VERSION = 1;

/**
 * v1: one record per source. `facts` are the proposals the reader kept (as edited), so the source can be edited
 * again; `pack` is what they became in the fact base when saved. `deletedAt` (0 = live) is the tombstone that makes
 * removal undoable (IndexedDB cannot index null, hence 0).
 */
export interface StoredSource {
  id: string;
  meta: SourceMeta;
  text: string;
  facts: ProposedFact[];
  pack: FactBase;
  addedAt: number;
  updatedAt: number;
  deletedAt: number;
}

const SCHEMAS: Record<number, Record<string, string>> = {
  1: { sources: 'id, addedAt, deletedAt' },
};

/** Declares schema versions 1..upTo on a Dexie instance. Tests declare fewer to write an old database. */
export function declareVersions(db: Dexie, upTo: number = SOURCES_DB_VERSION): void {
  if (upTo >= 1) db.version(1).stores(SCHEMAS[1]!);
}

export class SourcesDb extends Dexie {
  sources!: Table<StoredSource, string>;

  constructor(name: string = SOURCES_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
  }
}
