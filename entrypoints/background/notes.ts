/**
 * Notes in the background: the one place that opens the notes database (the extension's origin, never a page's).
 * Content scripts and extension pages reach it through these handlers; every payload is validated, every sender
 * checked, and every change announced with backgroundNotesChanged so badges and open side panels refresh.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  addNoteSchema,
  listNotesSchema,
  noteIdPayloadSchema,
  notesForPageSchema,
  updateNoteSchema,
  type NotesChanged,
} from '@/lib/messages';
import { onMessage, sendMessage } from '@/adapters/messaging';
import { NotesDb } from '@/lib/notes/db';
import { NotesError } from '@/lib/notes/errors';
import { pageKey, targetUrl, type Note, type NoteTarget } from '@/lib/notes/model';
import { matchesQuery, NotesRepository } from '@/lib/notes/repository';
import { fromContentScript, fromExtensionPage } from './senders';

let repo: NotesRepository | undefined;

function repository(): NotesRepository {
  repo ??= new NotesRepository(new NotesDb());
  return repo;
}

/**
 * Runs an operation; if the database was closed under us (an upgrade from another context, the browser reclaiming
 * it), opens a fresh connection and tries once more. Other failures reach the sender as NotesErrors with `code`.
 */
export async function withNotes<T>(op: (r: NotesRepository) => Promise<T>): Promise<T> {
  try {
    return await op(repository());
  } catch (e) {
    if (!(e instanceof NotesError) || e.code !== 'closed') throw e;
    repo = undefined;
    return op(repository());
  }
}

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

/** A content script may read and write only notes of pages on its own tab's origin. */
export function sameOriginAsSender(url: string, sender: Browser.runtime.MessageSender): void {
  const own = originOf(sender.url ?? sender.tab?.url);
  if (!own || originOf(url) !== own) throw new NotesError('invalid', 'DealLens: a page can only see its own notes.');
}

function keysOf(...targets: NoteTarget[]): string[] {
  return [
    ...new Set(
      targets.map((t) => {
        const u = targetUrl(t);
        return u ? pageKey(u) : '';
      }),
    ),
  ];
}

async function announce(change: NotesChanged): Promise<void> {
  // No extension page open means no receiver; that is not an error.
  await sendMessage('backgroundNotesChanged', change).catch(() => undefined);
  const tabs = await browser.tabs.query({}).catch(() => [] as Browser.tabs.Tab[]);
  // A tab's URL is visible where DealLens has host access (its news sites, sites the reader added, activeTab), which
  // is everywhere its content script can run; other tabs have no listener to tell.
  const concerned = tabs.filter(
    (t) => t.id !== undefined && t.url && (change.all || change.pageKeys.includes(pageKey(t.url))),
  );
  await Promise.all(
    concerned.map((t) =>
      sendMessage('backgroundNotesChanged', change, { tabId: t.id!, frameId: 0 }).catch(() => undefined),
    ),
  );
}

export async function changed(note: Note): Promise<Note> {
  await announce({ pageKeys: keysOf(note.target) });
  return note;
}

export function registerNotes() {
  onMessage('contentListNotesForPage', async (msg) => {
    fromContentScript(msg.sender);
    const { url } = notesForPageSchema.parse(msg.data);
    sameOriginAsSender(url, msg.sender);
    return withNotes((r) => r.listForPage(url));
  });

  onMessage('pageListNotes', async (msg) => {
    fromExtensionPage(msg.sender);
    const { url, query } = listNotesSchema.parse(msg.data ?? {});
    const notes = await withNotes((r) => (url ? r.listForPage(url) : r.listAll()));
    return query?.trim() ? notes.filter((n) => matchesQuery(n, query)) : notes;
  });

  onMessage('pageAddNote', async (msg) => {
    fromExtensionPage(msg.sender);
    const input = addNoteSchema.parse(msg.data);
    return changed(await withNotes((r) => r.add(input)));
  });

  onMessage('pageUpdateNote', async (msg) => {
    fromExtensionPage(msg.sender);
    const { id, baseUpdatedAt, ...patch } = updateNoteSchema.parse(msg.data);
    return changed(await withNotes((r) => r.update(id, patch, { baseUpdatedAt })));
  });

  onMessage('pageDeleteNote', async (msg) => {
    fromExtensionPage(msg.sender);
    const { id } = noteIdPayloadSchema.parse(msg.data);
    return changed(await withNotes((r) => r.delete(id)));
  });

  onMessage('pageUndoDelete', async (msg) => {
    fromExtensionPage(msg.sender);
    const { id } = noteIdPayloadSchema.parse(msg.data);
    return changed(await withNotes((r) => r.undoDelete(id)));
  });

  onMessage('pageNotesImported', async (msg) => {
    fromExtensionPage(msg.sender);
    await announce({ pageKeys: [], all: true });
  });

  // Deleted notes stay restorable for a day; past that they go for good, checked whenever the worker starts.
  void withNotes((r) => r.purgeDeleted()).catch(() => undefined);
}
