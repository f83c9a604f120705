/**
 * Export and import of notes as a versioned JSON file (format documented in README.md, "## Notes").
 * Import is all-or-nothing: the file is validated whole before anything is written, and then written in one
 * transaction, so a bad file, a foreign file, a newer-version file or a storage failure changes nothing.
 */
import { z } from 'zod';
import { guard, NotesImportError } from './errors';
import { toStored, type NotesDb } from './db';
import {
  LIMITS,
  normalizeTags,
  noteIdSchema,
  noteTargetSchema,
  noteTagsSchema,
  noteTextSchema,
  type Note,
} from './model';
import { formatNoteTime, NOTE_TIME_RULE, parseNoteTime } from './note-time';

const EXPORT_FORMAT = 'deallens-notes';
const EXPORT_VERSION = 1;
/** Far more than anyone writes; a bound keeps a hostile file from exhausting memory. */
const MAX_IMPORT_NOTES = 100_000;
/** Checked on the file's size before it is read (importSizeProblem), and on the text's length here. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** The one date grammar (lib/notes/note-time.ts): import takes exactly what export writes, 1970–2200. */
const isoTime = z
  .string()
  .max(40)
  .refine((s) => parseNoteTime(s) !== null, NOTE_TIME_RULE);

const exportedNoteSchema = z.object({
  id: noteIdSchema,
  text: noteTextSchema,
  tags: noteTagsSchema,
  createdAt: isoTime,
  updatedAt: isoTime,
  target: noteTargetSchema,
});
type ExportedNote = z.infer<typeof exportedNoteSchema>;

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  notes: z.array(exportedNoteSchema).max(MAX_IMPORT_NOTES),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

function toExported(n: Note): ExportedNote {
  return {
    id: n.id,
    text: n.text,
    tags: n.tags,
    createdAt: formatNoteTime(n.createdAt),
    updatedAt: formatNoteTime(n.updatedAt),
    target: n.target,
  };
}

function fromExported(n: ExportedNote): Note {
  const createdAt = parseNoteTime(n.createdAt)!;
  const updatedAt = Math.max(parseNoteTime(n.updatedAt)!, createdAt);
  return { id: n.id, text: n.text, tags: normalizeTags(n.tags), createdAt, updatedAt, target: n.target };
}

export function buildExport(notes: readonly Note[], now: number = Date.now()): ExportFile {
  const sorted = [...notes].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    notes: sorted.map(toExported),
  };
}

export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The same text as serializeExport, in pieces (one per note) for a Blob: a large collection is never one string,
 * so export works for whatever fits in storage rather than for what fits in one string or one message.
 */
export function serializeExportParts(file: ExportFile): string[] {
  const { notes, ...head } = file;
  if (notes.length === 0) return [serializeExport(file)];
  const opening = JSON.stringify({ ...head, notes: [] }, null, 2).replace(/\[\]\n\}$/, '[\n');
  const indent = (json: string) => json.replace(/\n/g, '\n    ');
  return [
    opening,
    ...notes.map((n, i) => `    ${indent(JSON.stringify(n, null, 2))}${i < notes.length - 1 ? ',' : ''}\n`),
    '  ]\n}\n',
  ];
}

export async function exportNotes(db: NotesDb, now: number = Date.now()): Promise<ExportFile> {
  const recs = await guard(() => db.notes.where('deletedAt').equals(0).toArray());
  return buildExport(
    recs.map(({ pageKey: _p, tagKeys: _t, deletedAt: _d, ...n }) => n),
    now,
  );
}

/** Why a file of `bytes` is refused before it is read, or null: a file is never read whole only to be refused. */
export function importSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `This file is too large to be a DealLens notes export (${Math.round(bytes / 1048576)} MB; at most ${MAX_IMPORT_BYTES / 1048576} MB). Nothing was imported.`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * Checks a file's text (or an already parsed value) and returns its notes, or throws a NotesImportError whose
 * message tells the reader what is wrong with the file.
 */
export function parseExport(input: unknown): Note[] {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_BYTES) {
      throw new NotesImportError(
        'import-invalid',
        `This file is too large to be a DealLens notes export (${Math.round(input.length / 1048576)} MB).`,
      );
    }
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new NotesImportError(
        'import-not-json',
        `This file is not a DealLens notes export: it is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
      );
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new NotesImportError(
      'import-foreign',
      `This file is not a DealLens notes export: it holds ${describe(data)}, not an object with "format": "${EXPORT_FORMAT}".`,
    );
  }
  const o = data as Record<string, unknown>;
  if (o.format !== EXPORT_FORMAT) {
    const found =
      typeof o.format === 'string' ? `its format is "${o.format.slice(0, 80)}"` : 'it has no "format" field';
    throw new NotesImportError(
      'import-foreign',
      `This file is not a DealLens notes export: ${found}, expected "${EXPORT_FORMAT}".`,
    );
  }
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1) {
    throw new NotesImportError(
      'import-invalid',
      `This notes file has no valid format version (found ${JSON.stringify(o.version) ?? 'nothing'}); nothing was imported.`,
    );
  }
  if (o.version > EXPORT_VERSION) {
    throw new NotesImportError(
      'import-newer',
      `This notes file was written by a newer DealLens (format version ${o.version}); this one reads version ${EXPORT_VERSION}. Update DealLens to import it. Nothing was imported.`,
    );
  }
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success)
    throw new NotesImportError(
      'import-invalid',
      `This notes file is damaged, so nothing was imported: ${issuesText(parsed.error.issues, o.notes)}.`,
    );
  const seen = new Set<string>();
  for (const n of parsed.data.notes) {
    if (seen.has(n.id))
      throw new NotesImportError(
        'import-invalid',
        `This notes file is damaged, so nothing was imported: note id "${n.id}" appears more than once.`,
      );
    seen.add(n.id);
  }
  return parsed.data.notes.map(fromExported);
}

function issuesText(issues: readonly { path: PropertyKey[]; message: string }[], notes: unknown): string {
  const parts = issues.slice(0, 3).map((iss) => {
    const [head, idx, ...rest] = iss.path;
    if (head === 'notes' && typeof idx === 'number') {
      const raw = Array.isArray(notes) ? (notes[idx] as { id?: unknown } | undefined) : undefined;
      const id = raw && typeof raw.id === 'string' ? ` (id "${raw.id.slice(0, LIMITS.id)}")` : '';
      const field = rest.length ? rest.map(String).join('.') : 'the note';
      return `note ${idx + 1}${id}, ${field}: ${iss.message}`;
    }
    return `${iss.path.length ? iss.path.map(String).join('.') : 'the file'}: ${iss.message}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return parts.join('; ') + more;
}

/**
 * Imports a file into the database. Notes not yet present (or deleted and awaiting undo) are added; a note already
 * present is replaced only when the file's copy was edited later (newer updatedAt), else skipped. So importing the
 * same file twice adds nothing the second time.
 */
export async function importNotes(db: NotesDb, input: unknown): Promise<ImportCounts> {
  const notes = parseExport(input);
  return guard(() =>
    db.transaction('rw', db.notes, async () => {
      const counts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
      const existing = await db.notes.bulkGet(notes.map((n) => n.id));
      const writes = [];
      for (const [i, note] of notes.entries()) {
        const cur = existing[i];
        if (!cur || cur.deletedAt) {
          counts.added++;
          writes.push(toStored(note));
        } else if (note.updatedAt > cur.updatedAt) {
          counts.updated++;
          writes.push(toStored(note));
        } else {
          counts.skipped++;
        }
      }
      if (writes.length) await db.notes.bulkPut(writes);
      return counts;
    }),
  );
}
