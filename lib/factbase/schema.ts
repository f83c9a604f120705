import { z } from 'zod';
import { RELATIONS } from '../claims/types';

export const quantitySchema = z.object({
  kind: z.enum(['money', 'count', 'percent', 'fraction', 'year', 'quarter']),
  value: z.number(),
  high: z.number().optional(),
  currency: z.string().optional(),
  qualifier: z.enum(['exact', 'about', 'up-to', 'at-least', 'more-than', 'less-than', 'range']),
});
export type FactValue = z.infer<typeof quantitySchema>;

/** Where a fact comes from: a verbatim quote at known offsets of a source article. */
const provenanceSchema = z.object({
  sourceId: z.string(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** One account of a fact. Two or more versions mean the sources disagree on it. */
const versionSchema = z.object({
  value: quantitySchema.optional(),
  detail: z.string().optional(),
  sources: z.array(provenanceSchema).min(1),
  /** Set by the pack index where every source of this account is one the reader added (or imported). */
  userSource: z.boolean().optional(),
});
export type FactVersion = z.infer<typeof versionSchema>;

const factSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  relation: z.enum(RELATIONS),
  subject: z.string(),
  object: z.string().optional(),
  /** The deal or topic the fact belongs to, for grouping ("openai-funding-round", "amazon-layoffs"). */
  topic: z.string(),
  /** A short human label: "Amazon's investment in OpenAI". */
  label: z.string(),
  event: z.object({
    status: z.enum(['prospective', 'completed']).optional(),
    /** "2025-10" or "2026": when it happened or was reported. */
    date: z.string().optional(),
    /** Claims in articles dated before this cannot be about this event. */
    notBefore: z.string().optional(),
    round: z.enum(['funding-round', 'secondary', 'tranche']).optional(),
    /** A running total ("has invested about $8 billion"): a single tranche's figure can support it, never contradict it. */
    aggregate: z.boolean().optional(),
    /** Where a running total counts from ("since October 2025"). */
    since: z.string().optional(),
  }),
  versions: z.array(versionSchema).min(1),
});
export type Fact = z.infer<typeof factSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  /** A reader's source (lib/sources): the page it was read from, when it was added (epoch ms), and its text. */
  url: z.string().optional(),
  addedAt: z.number().optional(),
  text: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const topicSchema = z.object({ id: z.string(), label: z.string() });
export type Topic = z.infer<typeof topicSchema>;

export const factBaseSchema = z.object({
  version: z.literal(1),
  sources: z.array(sourceSchema),
  topics: z.array(topicSchema),
  facts: z.array(factSchema),
});
export type FactBase = z.infer<typeof factBaseSchema>;
