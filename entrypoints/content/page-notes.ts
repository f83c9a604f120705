/**
 * Notes in the page (owned by the notes work; in-page.ts only calls it): fetches this page's notes from the
 * background (they live in the extension's origin, never in the page's IndexedDB), places them on the current
 * claims, refetches when the background says they changed, and adds a note from a claim's card.
 */
import { onMessage, sendMessage, type NotesChanged } from '@/lib/protocol';
import { claimTarget, notesOnClaims, type ClaimOnPage, type ClaimsOnPage } from '@/lib/notes/claim-notes';
import { pageKey } from '@/lib/notes/keys';
import type { Note } from '@/lib/notes/model';

export class PageNotes {
  private notes: Note[] = [];
  private loadedFor = '';
  private cache: { text: string; claims: readonly ClaimOnPage[]; notes: Note[]; result: ClaimsOnPage } | null = null;

  constructor(private readonly onChange: () => void, signal: AbortSignal) {
    const stop = onMessage('backgroundNotesChanged', (msg) => {
      // Only this extension's background can message a content script; a hand check keeps zod out of the page.
      const change = msg.data as Partial<NotesChanged> | null;
      if (!change || typeof change !== 'object') return;
      const keys = Array.isArray(change.pageKeys) ? change.pageKeys : [];
      if (change.all === true || keys.includes(pageKey(location.href))) void this.load();
    });
    signal.addEventListener('abort', stop);
  }

  /** Loads the notes when the page's URL is not the one they were loaded for (first run, SPA navigation). */
  ensureLoaded(): void {
    if (this.loadedFor !== pageKey(location.href)) void this.load();
  }

  async load(): Promise<void> {
    const url = location.href;
    this.loadedFor = pageKey(url);
    try {
      this.notes = await sendMessage('contentListNotesForPage', { url: url.slice(0, 4000) });
    } catch {
      // Background asleep or reloading: badges show no note marks until the next change; nothing is lost.
      return;
    }
    this.onChange();
  }

  /** Which claims have notes now (memoised: draw() runs on every layout change). */
  place(text: string, claims: readonly ClaimOnPage[]): ClaimsOnPage {
    const c = this.cache;
    if (c && c.text === text && c.claims === claims && c.notes === this.notes) return c.result;
    const result = notesOnClaims(this.notes, text, claims);
    this.cache = { text, claims, notes: this.notes, result };
    return result;
  }

  /** Saves a note on a claim; rejects with the background's reader-facing message when it cannot. */
  async add(claim: ClaimOnPage, pageText: string, text: string, tags: string[]): Promise<void> {
    const target = claimTarget(claim, pageText, location.href, document.title);
    const note = await sendMessage('contentAddNote', { text, tags, target });
    this.notes = [...this.notes.filter((n) => n.id !== note.id), note];
    this.onChange();
  }
}
