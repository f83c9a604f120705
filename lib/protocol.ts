/**
 * The one message protocol between content script, background and extension pages.
 * Names say who talks to whom: `contentX` is sent by the content script, `pageX` by popup/side panel/options,
 * `backgroundX` by the background. Every receiver validates the payload with the zod schemas in lib/messages.ts;
 * this file holds only types and constants (no zod), so the content script can use it without carrying zod into
 * every news page. The content script checks the few messages it receives by hand (see entrypoints/content/).
 * Pure: adapters/messaging.ts binds it to the browser's messaging.
 */
import type { Annotation } from './verdicts/types';
import type { EvidenceFact } from './evidence';
import type { NewNote, Note } from './notes/model';
import type { ImportCounts } from './notes/transfer';
import type { ClaimReport, NotesChanged, PageReport, TabState } from './messages';

export type { ClaimReport, NotesChanged, PageReport, TabState };

/** The longest text one contentAnalyzeText may carry (a 20,000-word article is about 130,000 characters). */
export const ANALYZE_MAX_CHARS = 1_000_000;

/**
 * The longest page markup one contentReadArticle may carry (lib/dom/article-markup.ts: a 20,000-word article's page
 * is about 200,000 characters). A longer page is not sent: the content script uses its fallback.
 */
export const READ_ARTICLE_MAX_CHARS = 8_000_000;

interface AnalyzeRequest {
  text: string;
  /** The article's date as the page states it ("2026-01-30", "2026-01"); otherwise the engine looks in the text. */
  documentDate?: string;
}

export interface AnalyzeResult {
  annotations: Annotation[];
  /** The facts the annotations cite, ready for the evidence card (each id once). */
  facts: EvidenceFact[];
}

interface NotesExport {
  fileName: string;
  json: string;
  count: number;
}

export interface ProtocolMap {
  /**
   * Content script -> background: check a text (the article, or new paragraphs with the article's opening as
   * context) and answer with its annotations and the facts they cite. The engine and the fact base live in the
   * service worker so that the page carries neither; the answer depends only on the request (a worker woken for it
   * needs no earlier state). Texts are at most ANALYZE_MAX_CHARS long.
   */
  contentAnalyzeText(data: AnalyzeRequest): AnalyzeResult;
  /**
   * Content script -> background: run Readability over the page's markup (lib/dom/article-markup.ts) and answer with
   * the indexes of the Text nodes it keeps as the article, ascending, or null when it finds none. Readability and its
   * scoring then run neither in the page's main thread nor in the injected script. At most READ_ARTICLE_MAX_CHARS.
   */
  contentReadArticle(data: { html: string }): number[] | null;
  /** Content script -> background: the claims on this tab's page (replaces any earlier report). */
  contentReportedClaims(report: PageReport): void;
  /** Popup / side panel -> background: the state of a tab. */
  pageGetTabState(data: { tabId: number }): TabState;
  /**
   * Popup -> background: run DealLens on a tab now (activeTab + scripting). Injects content-scripts/content.js unless
   * CONTENT_SCRIPT_FLAG says it already runs there, then answers with the state once the content script reported
   * (or after a few seconds with what there is).
   */
  pageCheckTab(data: { tabId: number }): TabState;
  /** Popup / side panel -> background: scroll the tab to a claim and focus its badge (relayed as backgroundFocusClaim). */
  pageFocusClaim(data: { tabId: number; index: number }): boolean;
  /** Background -> content script (tab message): scroll to a claim and focus its badge. */
  backgroundFocusClaim(data: { index: number }): boolean;
  /** Background -> extension pages: a tab's state changed. */
  backgroundTabStateChanged(state: TabState): void;
  /** Content script -> background: the notes of this tab's page (same origin as the sender only). */
  contentListNotesForPage(data: { url: string }): Note[];
  /** Content script -> background: a note on a claim or on this page (the target's URL must be the sender's origin). */
  contentAddNote(data: NewNote): Note;
  /** Side panel -> background: one page's notes (`url`), or all notes; `query` searches text and tags. */
  pageListNotes(data: { url?: string; query?: string }): Note[];
  /** Side panel -> background: a note on a page or a fact. */
  pageAddNote(data: NewNote): Note;
  /** Side panel -> background: edit text/tags; refused with code 'conflict' if `baseUpdatedAt` is no longer current. */
  pageUpdateNote(data: { id: string; text?: string; tags?: string[]; baseUpdatedAt?: number }): Note;
  /** Side panel -> background: delete (undoable with pageUndoDelete for a day). */
  pageDeleteNote(data: { id: string }): Note;
  pageUndoDelete(data: { id: string }): Note;
  /** Side panel -> background: every note as the JSON export file's text. */
  pageExportNotes(): NotesExport;
  /** Side panel -> background: import an export file's text; all or nothing. */
  pageImportNotes(data: { json: string }): ImportCounts;
  /** Background -> extension pages and the tabs of the pages concerned: notes changed, fetch them again. */
  backgroundNotesChanged(data: NotesChanged): void;
}

/**
 * The content script sets `(globalThis as any)[CONTENT_SCRIPT_FLAG] = true` in its isolated world when it starts, so
 * "Check this page" on a page where it already runs does not inject a second copy.
 */
export const CONTENT_SCRIPT_FLAG = '__deallensContentScript';

// TODO(lead): remove after merge. entrypoints/content/ (owned by another branch) still imports the bound messaging
// from here; once its four files import '@/adapters/messaging', lib/ binds nothing at import.
export { sendMessage, onMessage } from '@/adapters/messaging';
