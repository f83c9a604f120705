/**
 * The reader's own sources: an article the reader added, its metadata, its text, and the facts kept from it. Pure
 * data and zod schemas (no Dexie, no DOM); the same schemas validate message payloads.
 */
import { z } from 'zod';
import { RELATIONS } from '../claims/types';
import { quantitySchema } from '../factbase/schema';

export const SOURCE_LIMITS = { text: 2_000_000, title: 1000, outlet: 200, url: 4000, facts: 500, quote: 2000 } as const;

const dateSchema = z
  .string()
  .max(10)
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like 2026-03 or 2026-03-14');
const entityIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/);
export const sourceIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/);

/** What a proposed fact would do to the fact base: join a fact with the same account, or add another account to it. */
const joinSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** 'agrees': the same figure as the fact; 'differs': another figure for the same event (sources will disagree). */
  effect: z.enum(['agrees', 'differs']),
  /** The accounts the fact holds now ("up to $50 billion"). */
  accounts: z.array(z.string()),
});
export type Join = z.infer<typeof joinSchema>;

/** A claim of the article as a fact the reader may keep, edit or drop. Quote and offsets are into the article text. */
const proposedFactSchema = z.object({
  key: z.number().int().nonnegative(),
  relation: z.enum(RELATIONS),
  subject: entityIdSchema,
  object: entityIdSchema.optional(),
  value: quantitySchema.optional(),
  detail: z.string().max(200).optional(),
  /** "Stage": talks or plans ('prospective'), or done ('completed'). */
  status: z.enum(['prospective', 'completed']).optional(),
  /** When the event happened, where the article names it. */
  date: dateSchema.optional(),
  claimText: z.string().max(SOURCE_LIMITS.quote),
  quote: z.string().min(1).max(SOURCE_LIMITS.quote),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Computed by the background from the fact base; ignored when saving (computed again). */
  join: joinSchema.optional(),
});
export type ProposedFact = z.infer<typeof proposedFactSchema>;

const sourceMetaSchema = z.object({
  title: z.string().max(SOURCE_LIMITS.title),
  outlet: z.string().max(SOURCE_LIMITS.outlet),
  url: z.string().max(SOURCE_LIMITS.url),
  date: dateSchema.optional(),
});
export type SourceMeta = z.infer<typeof sourceMetaSchema>;

/** An article read from a tab, with the facts DealLens proposes from it: what the "Add as a source" form edits. */
export const sourceDraftSchema = z.object({
  /** Set when the draft edits a source already saved. */
  id: sourceIdSchema.optional(),
  meta: sourceMetaSchema,
  text: z.string().min(1).max(SOURCE_LIMITS.text),
  facts: z.array(proposedFactSchema).max(SOURCE_LIMITS.facts),
});
export type SourceDraft = z.infer<typeof sourceDraftSchema>;

/** A saved source as lists show it (no text). */
export interface SourceSummary {
  id: string;
  meta: SourceMeta;
  addedAt: number;
  updatedAt: number;
  facts: number;
}

export const SOURCE_EXPORT_PREFIX = 'deallens-sources';
