/**
 * The notes repository: every read and write of notes goes through here, each write in one Dexie transaction so
 * that two tabs (or two Dexie connections) editing at once never overwrite each other's changes.
 */
import { guard, NotesError } from './errors';
import { NotesDb, toNote, toStored, type StoredNote } from './db';
import { inNoteTimeRange } from './note-time';
import {
  foldText,
  newNoteSchema,
  normalizeTags,
  notePatchSchema,
  noteTargetSchema,
  pageKey,
  tagKey,
  type NewNote,
  type Note,
  type NotePatch,
} from './model';

export interface RepositoryOptions {
  now?: () => number;
  newId?: () => string;
}

/** How long a deleted note can be brought back before it is removed for good. */
const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export class NotesRepository {
  readonly db: NotesDb;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(db: NotesDb = new NotesDb(), opts: RepositoryOptions = {}) {
    this.db = db;
    this.now = opts.now ?? (() => Date.now());
    this.newId = opts.newId ?? (() => crypto.randomUUID());
  }

  async add(input: NewNote): Promise<Note> {
    const parsed = newNoteSchema.safeParse(input);
    if (!parsed.success) throw invalid(parsed.error.issues);
    const t = this.now();
    // A clock outside 1970–2200 would store a time no export can write back (lib/notes/note-time.ts).
    if (!inNoteTimeRange(t))
      throw new NotesError('invalid', "The computer's clock is outside 1970–2200, so the note was not saved.");
    const note: Note = {
      id: this.newId(),
      text: parsed.data.text,
      tags: normalizeTags(parsed.data.tags),
      createdAt: t,
      updatedAt: t,
      target: noteTargetSchema.parse(parsed.data.target),
    };
    await guard(() => this.db.notes.add(toStored(note)));
    return note;
  }

  /**
   * Changes a note's text and/or tags; only the fields given are written, read and written in one transaction, so
   * one tab editing the text and another the tags both keep their change. With `baseUpdatedAt` (the version the
   * editor started from), an edit made elsewhere in the meantime is refused with code 'conflict' instead of being
   * overwritten: the reader's text stays in the editor and nothing is lost.
   */
  async update(id: string, patch: NotePatch, opts: { baseUpdatedAt?: number } = {}): Promise<Note> {
    const parsed = notePatchSchema.safeParse(patch);
    if (!parsed.success) throw invalid(parsed.error.issues);
    return guard(() =>
      this.db.transaction('rw', this.db.notes, async () => {
        const cur = await this.db.notes.get(id);
        if (!cur || cur.deletedAt) throw notFound(id);
        if (opts.baseUpdatedAt !== undefined && opts.baseUpdatedAt !== cur.updatedAt) {
          const theirs = cur.text.length > 120 ? `${cur.text.slice(0, 119)}…` : cur.text;
          const err = new NotesError(
            'conflict',
            `This note was changed in another tab since you opened it (it now reads “${theirs}”). Your text is still here: save again to replace that version with yours, or cancel to keep it.`,
          );
          err.currentUpdatedAt = cur.updatedAt;
          throw err;
        }
        const next: Note = {
          ...toNote(cur),
          text: parsed.data.text ?? cur.text,
          tags: parsed.data.tags ? normalizeTags(parsed.data.tags) : cur.tags,
          // Strictly increasing even within one millisecond: "newer edit wins" on import relies on it.
          updatedAt: Math.max(this.now(), cur.updatedAt + 1),
        };
        await this.db.notes.put(toStored(next));
        return next;
      }),
    );
  }

  /** Deletes a note so that it can still be undone (see undoDelete); it disappears from every list at once. */
  async delete(id: string): Promise<Note> {
    return guard(() =>
      this.db.transaction('rw', this.db.notes, async () => {
        const cur = await this.db.notes.get(id);
        if (!cur || cur.deletedAt) throw notFound(id);
        await this.db.notes.put({ ...cur, deletedAt: this.now() });
        return toNote(cur);
      }),
    );
  }

  async undoDelete(id: string): Promise<Note> {
    return guard(() =>
      this.db.transaction('rw', this.db.notes, async () => {
        const cur = await this.db.notes.get(id);
        if (!cur) throw new NotesError('not-found', 'This note can no longer be restored.');
        if (cur.deletedAt) await this.db.notes.put({ ...cur, deletedAt: 0 });
        return toNote(cur);
      }),
    );
  }

  /** Removes for good the notes deleted longer ago than the undo window. Returns how many. */
  async purgeDeleted(maxAgeMs: number = UNDO_WINDOW_MS): Promise<number> {
    const cutoff = this.now() - maxAgeMs;
    return guard(() => this.db.notes.where('deletedAt').between(0, cutoff, false, true).delete());
  }

  async get(id: string): Promise<Note | undefined> {
    const rec = await guard(() => this.db.notes.get(id));
    return rec && !rec.deletedAt ? toNote(rec) : undefined;
  }

  /** The claim and page notes of one page (fragment and tracking parameters ignored), oldest first. */
  async listForPage(url: string): Promise<Note[]> {
    const recs = await guard(() => this.db.notes.where('pageKey').equals(pageKey(url)).toArray());
    return live(recs).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  async listForFact(factId: string): Promise<Note[]> {
    const recs = await guard(() => this.db.notes.where('target.factId').equals(factId).toArray());
    return live(recs).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  /** Every note, most recently edited first. */
  async listAll(): Promise<Note[]> {
    const recs = await guard(() => this.db.notes.where('deletedAt').equals(0).toArray());
    return live(recs).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  }

  /** Notes matching every term of the query; see matchesQuery. */
  async search(query: string): Promise<Note[]> {
    const all = await this.listAll();
    return all.filter((n) => matchesQuery(n, query));
  }
}

/**
 * A note matches when every whitespace-separated term is found (case and accents ignored): `#term` only among its
 * tags (as a tag prefix), any other term in its text, its tags, or the claim quote / page title it is attached to.
 */
export function matchesQuery(note: Note, query: string): boolean {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const keys = note.tags.map(tagKey);
  const t = note.target;
  const hay = foldText(
    [note.text, ...note.tags, t.kind === 'claim' ? t.quote : '', t.kind === 'page' ? t.title : ''].join('\n'),
  );
  return terms.every((term) => {
    if (term.startsWith('#') && term.length > 1) return keys.some((k) => k.startsWith(term.slice(1)));
    return hay.includes(term);
  });
}

function live(recs: StoredNote[]): Note[] {
  return recs.filter((r) => !r.deletedAt).map(toNote);
}

function notFound(id: string): NotesError {
  return new NotesError('not-found', `This note no longer exists (it may have been deleted in another tab). [${id}]`);
}

function invalid(issues: readonly { path: PropertyKey[]; message: string }[]): NotesError {
  const first = issues[0];
  const where = first && first.path.length ? `${first.path.map(String).join('.')}: ` : '';
  return new NotesError('invalid', `This note cannot be saved: ${where}${first?.message ?? 'invalid'}.`);
}
