/**
 * Notes in the page (owned by the notes work; in-page.ts only calls it): fetches this page's notes from the
 * background (they live in the extension's origin, never in the page's IndexedDB), places them on the current
 * claims, refetches when the background says they changed, and opens a claim card's notes frame.
 */
import { browser } from 'wxt/browser';
import { type NotesChanged } from '@/lib/protocol';
import { onMessage, sendMessage } from '@/adapters/messaging';
import { claimTarget, notesOnClaims, type ClaimsOnPage } from '@/lib/notes/claim-notes';
import type { PageClaim } from '@/lib/dom/page-claim';
import { pageKey } from '@/lib/notes/keys';
import type { Note } from '@/lib/notes/model';

export class PageNotes {
  private notes: Note[] = [];
  private loadedFor = '';
  private cache: {
    text: string;
    claims: readonly Pick<PageClaim, 'annotation'>[];
    notes: Note[];
    result: ClaimsOnPage;
  } | null = null;

  constructor(
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
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
  place(text: string, claims: readonly Pick<PageClaim, 'annotation'>[]): ClaimsOnPage {
    const c = this.cache;
    if (c && c.text === text && c.claims === claims && c.notes === this.notes) return c.result;
    const result = notesOnClaims(
      this.notes,
      text,
      claims.map((c) => c.annotation.claim),
    );
    this.cache = { text, claims, notes: this.notes, result };
    return result;
  }

  /**
   * The address of the notes frame for a claim's card (an extension page: the reader types and saves there, out of
   * the page's reach); the background keeps the claim under the token in its fragment.
   */
  async frameFor(claim: Pick<PageClaim, 'annotation'>, pageText: string, count: number): Promise<string> {
    const target = claimTarget(claim.annotation, pageText, location.href, document.title);
    const token = await sendMessage('contentOfferClaimNote', { target, count });
    return `${browser.runtime.getURL('/note-frame.html')}#${token}`;
  }
}
