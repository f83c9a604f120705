/**
 * The note model: what a reader writes, and what it is attached to. Pure data and zod schemas; no Dexie, no DOM.
 * The same schemas validate message payloads and imported files, so one definition decides what a note may be.
 */
import { z } from 'zod';
import { RELATIONS } from '../claims/types';
import { VERDICTS } from '../verdicts/types';
import { LIMITS, isHttpUrl } from './keys';

export { LIMITS, foldText, normalizeTags, pageKey, tagKey } from './keys';

/** Ids we mint are UUIDs; imported ids may be any short token of safe characters (they end up in DOM attributes). */
export const noteIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'only letters, digits and _ . : -');

const urlSchema = z
  .string()
  .min(1)
  .max(LIMITS.url)
  .refine((u) => isHttpUrl(u), 'not an http(s) URL');

/** A claim on a page, as it read when the note was written: enough to find it again after the page changes. */
export const claimTargetSchema = z.object({
  kind: z.literal('claim'),
  url: urlSchema,
  quote: z.string().min(1).max(LIMITS.quote),
  prefix: z.string().max(LIMITS.context),
  suffix: z.string().max(LIMITS.context),
  /** The verdict DealLens showed when the note was written (it may differ later, when the fact base changes). */
  verdict: z.enum(VERDICTS),
  relation: z.enum(RELATIONS),
  pageTitle: z.string().max(LIMITS.title).optional(),
});

const factTargetSchema = z.object({
  kind: z.literal('fact'),
  factId: z.string().min(1).max(LIMITS.factId),
});

const pageTargetSchema = z.object({
  kind: z.literal('page'),
  url: urlSchema,
  title: z.string().max(LIMITS.title),
});

export const noteTargetSchema = z.discriminatedUnion('kind', [claimTargetSchema, factTargetSchema, pageTargetSchema]);
export type ClaimTarget = z.infer<typeof claimTargetSchema>;
export type NoteTarget = z.infer<typeof noteTargetSchema>;

export const noteTextSchema = z.string().max(LIMITS.text);
export const noteTagsSchema = z.array(z.string().max(LIMITS.tag)).max(LIMITS.tags);

/** A note as the rest of the extension sees it. Times are epoch milliseconds. */
export interface Note {
  id: string;
  text: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  target: NoteTarget;
}

/** What a reader supplies to create a note. */
export const newNoteSchema = z.object({
  text: noteTextSchema,
  tags: noteTagsSchema.default([]),
  target: noteTargetSchema,
});
export type NewNote = z.input<typeof newNoteSchema>;

export const notePatchSchema = z.object({ text: noteTextSchema.optional(), tags: noteTagsSchema.optional() });
export type NotePatch = z.infer<typeof notePatchSchema>;

/** The page a note belongs to, if any (fact notes belong to none). */
export function targetUrl(target: NoteTarget): string | undefined {
  return target.kind === 'fact' ? undefined : target.url;
}
