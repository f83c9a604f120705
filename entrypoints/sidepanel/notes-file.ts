/**
 * Export and import of the notes file, done here in the side panel (the extension's origin, where the notes database
 * is reachable) rather than in one runtime message to the background: a message is capped at 64 MiB, so a large
 * collection could be exported but not sent, and a large file read but not delivered. The export is written as a
 * Blob of one piece per note; a file is refused by its size before it is read.
 */
import { browser } from 'wxt/browser';
import { NotesDb } from '@/lib/notes/db';
import { NotesImportError } from '@/lib/notes/errors';
import {
  exportNotes,
  importNotes,
  importSizeProblem,
  serializeExportParts,
  type ImportCounts,
} from '@/lib/notes/transfer';

async function withDb<T>(op: (db: NotesDb) => Promise<T>): Promise<T> {
  const db = new NotesDb();
  try {
    return await op(db);
  } finally {
    db.close();
  }
}

export async function exportToBlob(now = new Date()): Promise<{ blob: Blob; fileName: string; count: number }> {
  const file = await withDb((db) => exportNotes(db, now.getTime()));
  return {
    blob: new Blob(serializeExportParts(file), { type: 'application/json' }),
    fileName: `deallens-notes-${now.toISOString().slice(0, 10)}.json`,
    count: file.notes.length,
  };
}

export async function importFromFile(file: File): Promise<ImportCounts> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) throw new NotesImportError('import-invalid', tooLarge);
  return withDb(async (db) => importNotes(db, await file.text()));
}

/** Records an upgrade could not read (lib/notes/db.ts, v3): kept, and said, never silently dropped. */
export function setAsideCount(): Promise<number> {
  return withDb((db) => db.setAside.count());
}

/**
 * Whether the notes are safe from the browser clearing storage to free space: persistent storage granted
 * (navigator.storage.persist(), asked here), or the unlimitedStorage permission, which Chromium's quota manager never
 * evicts and Firefox treats as persistent. False where storage is best-effort.
 */
export async function askPersistence(): Promise<boolean> {
  const storage = navigator.storage;
  let persisted = false;
  try {
    persisted = !!storage?.persist && ((await storage.persisted()) || (await storage.persist()));
  } catch {
    persisted = false;
  }
  if (persisted) return true;
  return browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false);
}
