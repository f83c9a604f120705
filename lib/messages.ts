/**
 * The one message protocol between content script, background and extension pages.
 * Names say who talks to whom: `contentX` is sent by the content script, `pageX` by popup/side panel/options,
 * `backgroundX` by the background. Every receiver validates the payload with the zod schema below.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { RELATIONS } from './claims/types';
import { VERDICTS } from './verdicts/types';
import { quantitySchema } from './factbase/schema';
import { newNoteSchema, noteIdSchema, notePatchSchema, type NewNote, type Note } from './notes/model';
import type { ImportCounts } from './notes/transfer';

/** What the content script reports per claim: plain data, no DOM. */
export const claimReportSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string().max(2000),
  relation: z.enum(RELATIONS),
  verdict: z.enum(VERDICTS),
  facts: z.array(z.string()).max(50),
  why: z.string().max(2000),
  subject: z.string().optional(),
  object: z.string().optional(),
  /** The figure the claim states ("$10 billion" -> money 1e10, exact), so views can set it beside the fact base's. */
  value: quantitySchema.optional(),
  /** The claim's sentence with some context, for notes' anchoring. */
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export type ClaimReport = z.infer<typeof claimReportSchema>;

export const pageReportSchema = z.object({
  url: z.string().max(4000),
  title: z.string().max(1000),
  /** The article's own date ("2026-01-30" or "2026-01") where the page states it, for the side panel's timeline. */
  date: z.string().max(40).optional(),
  claims: z.array(claimReportSchema).max(5000),
});
export type PageReport = z.infer<typeof pageReportSchema>;

export const tabIdSchema = z.object({ tabId: z.number().int() });
export const claimIndexSchema = z.object({ index: z.number().int().nonnegative() });
export const tabClaimSchema = tabIdSchema.extend({ index: z.number().int().nonnegative() });

export interface TabState {
  tabId: number;
  url: string;
  title: string;
  /** The article's date as the content script reported it (PageReport.date). */
  date?: string;
  /** 'annotated': the content script ran and reported; 'idle': not run on this page (yet); 'disabled': off for this site. */
  status: 'annotated' | 'idle' | 'disabled';
  claims: ClaimReport[];
}

/** What extension pages accept as a tab's state from the background (receivers validate, whoever sends). */
export const tabStateSchema = z.object({
  tabId: z.number().int(),
  url: z.string(),
  title: z.string(),
  date: z.string().max(40).optional(),
  status: z.enum(['annotated', 'idle', 'disabled']),
  claims: z.array(claimReportSchema).max(5000),
});

/** Notes payloads (the note model's own schemas; see lib/notes/model.ts). */
export const notesForPageSchema = z.object({ url: z.string().max(4000) });
export const listNotesSchema = z.object({ url: z.string().max(4000).optional(), query: z.string().max(500).optional() });
export const addNoteSchema = newNoteSchema;
export const updateNoteSchema = notePatchSchema.extend({ id: noteIdSchema, baseUpdatedAt: z.number().optional() });
export const noteIdPayloadSchema = z.object({ id: noteIdSchema });
export const importNotesSchema = z.object({ json: z.string() });
export interface NotesExport {
  fileName: string;
  json: string;
  count: number;
}
/** What changed, so receivers refresh only when it concerns them: the page key of the page, or '' for fact notes. */
export interface NotesChanged {
  pageKeys: string[];
  all?: boolean;
}
export const notesChangedSchema = z.object({ pageKeys: z.array(z.string()), all: z.boolean().optional() });

interface ProtocolMap {
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

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
