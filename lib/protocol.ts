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
import type { ClaimTarget, NewNote, Note } from './notes/model';
import type { ClaimReport, NotesChanged, PageReport, TabState } from './messages';
import type { SourceDraft, SourceSummary } from './sources/model';
import type { FactBase } from './factbase/schema';

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

/** What the content script answers with backgroundGetArticle: the article it checked, for "Add as a source". */
export interface PageArticle {
  text: string;
  title: string;
  url: string;
  /** The article's date as the page states it. */
  date?: string;
  /** The site's own name (og:site_name, application-name), else ''. */
  outlet: string;
}

interface SourcesExport {
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
  /**
   * Content script -> background: a claim's card opened; answers a token for the notes frame (note-frame.html#TOKEN,
   * an extension page inside the card), which shows `count` notes and saves new ones with pageSaveClaimNote. The
   * content script never writes a note itself: the page cannot type into, read or drive that frame.
   */
  contentOfferClaimNote(data: { target: ClaimTarget; count: number }): string;
  /** Notes frame -> background: the claim its token stands for (only to a frame in the tab the token was made for). */
  pageClaimNoteOffer(data: { token: string }): { quote: string; count: number };
  /** Notes frame -> background: save a note on the token's claim (at most NOTES_PER_PAGE_PER_MINUTE a page). */
  pageSaveClaimNote(data: { token: string; text: string; tags: string[] }): Note;
  /** Side panel -> background: one page's notes (`url`), or all notes; `query` searches text and tags. */
  pageListNotes(data: { url?: string; query?: string }): Note[];
  /** Side panel -> background: a note on a page or a fact. */
  pageAddNote(data: NewNote): Note;
  /** Side panel -> background: edit text/tags; refused with code 'conflict' if `baseUpdatedAt` is no longer current. */
  pageUpdateNote(data: { id: string; text?: string; tags?: string[]; baseUpdatedAt?: number }): Note;
  /** Side panel -> background: delete (undoable with pageUndoDelete for a day). */
  pageDeleteNote(data: { id: string }): Note;
  pageUndoDelete(data: { id: string }): Note;
  /**
   * Side panel -> background: a notes file was imported (the side panel writes it to the database itself, see
   * entrypoints/sidepanel/notes-file.ts); tell every page and panel to fetch their notes again.
   */
  pageNotesImported(): void;
  /** Background -> extension pages and the tabs of the pages concerned: notes changed, fetch them again. */
  backgroundNotesChanged(data: NotesChanged): void;
  /** Background -> content script (tab message): the article text DealLens checked on this page, or null. */
  backgroundGetArticle(): PageArticle | null;
  /** Popup / side panel -> background: the tab's article with the facts DealLens proposes from it (nothing saved). */
  pageProposeSource(data: { tabId: number }): SourceDraft;
  /** Popup / side panel -> background: the draft with what each proposed fact would join, after the reader's edits. */
  pagePreviewSource(draft: SourceDraft): SourceDraft;
  /** Popup / side panel -> background: save the source with the facts the reader kept (a draft with `id` edits it). */
  pageSaveSource(draft: SourceDraft): SourceSummary;
  /** Side panel -> background: the reader's sources, newest first; `query` searches title, outlet, URL and text. */
  pageListSources(data: { query?: string }): SourceSummary[];
  /** Side panel -> background: a saved source as an editable draft. */
  pageGetSource(data: { id: string }): SourceDraft;
  /** Side panel -> background: remove a source (undoable with pageUndoRemoveSource for a day). */
  pageRemoveSource(data: { id: string }): SourceSummary;
  pageUndoRemoveSource(data: { id: string }): SourceSummary;
  /** Side panel -> background: the reader's sources as one fact pack file (docs/sources.md). */
  pageExportSources(): SourcesExport;
  /** Side panel -> background: import a fact pack file; all or nothing. */
  pageImportSources(data: { json: string }): { sources: number; facts: number };
  /** Side panel -> background: the fact base the judge uses now (bundled base and the reader's sources). */
  pageGetFactBase(): FactBase;
  /**
   * Background -> extension pages and every tab: the reader's sources changed, so verdicts may have; content scripts
   * check their page again, extension pages fetch the fact base again.
   */
  backgroundSourcesChanged(data: { revision: number }): void;
}

/**
 * The content script sets `(globalThis as any)[CONTENT_SCRIPT_FLAG] = true` in its isolated world when it starts, so
 * "Check this page" on a page where it already runs does not inject a second copy.
 */
export const CONTENT_SCRIPT_FLAG = '__deallensContentScript';
