/**
 * The zod schemas of the message protocol (lib/protocol.ts): every receiver validates the payload with the schema
 * here. Split from the protocol so that the content script, which injects into every news page, sends and receives
 * without carrying zod; the background and extension pages import this file.
 */
import { z } from 'zod';
import { RELATIONS } from './claims/types';
import { VERDICTS } from './verdicts/types';
import { quantitySchema } from './factbase/schema';
import {
  claimTargetSchema,
  newNoteSchema,
  noteIdSchema,
  notePatchSchema,
  noteTagsSchema,
  noteTextSchema,
} from './notes/model';
import { ANALYZE_MAX_CHARS, READ_ARTICLE_MAX_CHARS } from './protocol';
import { sourceDraftSchema, sourceIdSchema } from './sources/model';

export * from './protocol';

/** What the content script reports per claim: plain data, no DOM. */
export const claimReportSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string().max(2000),
  relation: z.enum(RELATIONS),
  verdict: z.enum(VERDICTS),
  facts: z.array(z.string().max(200)).max(50),
  why: z.string().max(2000),
  /** Entity ids: short. Every string has a bound, so a report's size has one (storage.session holds 10 MB in all). */
  subject: z.string().max(200).optional(),
  object: z.string().max(200).optional(),
  /** The figure the claim states ("$10 billion" -> money 1e10, exact), so views can set it beside the fact base's. */
  value: quantitySchema.extend({ currency: z.string().max(10).optional() }).optional(),
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
  /** The page kept removing DealLens's overlay, so its badges are not shown (the popup says so). */
  displaced: z.boolean().optional(),
});
export type PageReport = z.infer<typeof pageReportSchema>;

export const tabIdSchema = z.object({ tabId: z.number().int() });
export const tabClaimSchema = tabIdSchema.extend({ index: z.number().int().nonnegative() });

/** What extension pages accept as a tab's state from the background (receivers validate, whoever sends). */
export const tabStateSchema = z.object({
  tabId: z.number().int(),
  url: z.string(),
  title: z.string(),
  /** The article's date as the content script reported it (PageReport.date). */
  date: z.string().max(40).optional(),
  /** 'annotated': the content script ran and reported; 'idle': not run on this page (yet); 'disabled': off for this site. */
  status: z.enum(['annotated', 'idle', 'disabled']),
  claims: z.array(claimReportSchema).max(5000),
  displaced: z.boolean().optional(),
});
export type TabState = z.infer<typeof tabStateSchema>;

/** Notes payloads (the note model's own schemas; see lib/notes/model.ts). */
export const notesForPageSchema = z.object({ url: z.string().max(4000) });
export const listNotesSchema = z.object({
  url: z.string().max(4000).optional(),
  query: z.string().max(500).optional(),
});
export const addNoteSchema = newNoteSchema;
export const updateNoteSchema = notePatchSchema.extend({ id: noteIdSchema, baseUpdatedAt: z.number().optional() });
export const noteIdPayloadSchema = z.object({ id: noteIdSchema });
export const offerClaimNoteSchema = z.object({
  target: claimTargetSchema,
  count: z.number().int().min(0).max(100_000),
});
export const noteTokenSchema = z.object({ token: z.string().regex(/^[0-9a-f-]{36}$/, 'not a token') });
export const saveClaimNoteSchema = noteTokenSchema.extend({ text: noteTextSchema, tags: noteTagsSchema });
/** What changed, so receivers refresh only when it concerns them: the page key of the page, or '' for fact notes. */
export const notesChangedSchema = z.object({ pageKeys: z.array(z.string()), all: z.boolean().optional() });
export type NotesChanged = z.infer<typeof notesChangedSchema>;

/** Content script -> background: text to check (see ProtocolMap.contentAnalyzeText). */
export const analyzeTextSchema = z.object({
  text: z.string().max(ANALYZE_MAX_CHARS),
  documentDate: z
    .string()
    .max(40)
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'not a date')
    .optional(),
});

/** Content script -> background: page markup for Readability (see ProtocolMap.contentReadArticle). */
export const readArticleSchema = z.object({ html: z.string().max(READ_ARTICLE_MAX_CHARS) });

/** Reader's sources payloads (lib/sources/model.ts). */
export const sourceDraftPayloadSchema = sourceDraftSchema;
export const listSourcesSchema = z.object({ query: z.string().max(500).optional() });
export const sourceIdPayloadSchema = z.object({ id: sourceIdSchema });
export const importSourcesSchema = z.object({ json: z.string() });
