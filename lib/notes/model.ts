/**
 * The note model: what a reader writes, and what it is attached to. Pure data and zod schemas; no Dexie, no DOM.
 * The same schemas validate message payloads and imported files, so one definition decides what a note may be.
 */
import { z } from 'zod';
import { RELATIONS } from '../claims/types';
import { VERDICTS } from '../verdicts/types';

export const LIMITS = {
  text: 20_000,
  tags: 50,
  tag: 100,
  url: 4000,
  quote: 2000,
  context: 400,
  title: 1000,
  factId: 200,
  id: 100,
} as const;

/** Ids we mint are UUIDs; imported ids may be any short token of safe characters (they end up in DOM attributes). */
export const noteIdSchema = z.string().min(1).max(LIMITS.id).regex(/^[A-Za-z0-9_.:-]+$/, 'only letters, digits and _ . : -');

const urlSchema = z.string().min(1).max(LIMITS.url).refine((u) => isHttpUrl(u), 'not an http(s) URL');

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

export const factTargetSchema = z.object({
  kind: z.literal('fact'),
  factId: z.string().min(1).max(LIMITS.factId),
});

export const pageTargetSchema = z.object({
  kind: z.literal('page'),
  url: urlSchema,
  title: z.string().max(LIMITS.title),
});

export const noteTargetSchema = z.discriminatedUnion('kind', [claimTargetSchema, factTargetSchema, pageTargetSchema]);
export type ClaimTarget = z.infer<typeof claimTargetSchema>;
export type FactTarget = z.infer<typeof factTargetSchema>;
export type PageTarget = z.infer<typeof pageTargetSchema>;
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
export const newNoteSchema = z.object({ text: noteTextSchema, tags: noteTagsSchema.default([]), target: noteTargetSchema });
export type NewNote = z.input<typeof newNoteSchema>;

export const notePatchSchema = z.object({ text: noteTextSchema.optional(), tags: noteTagsSchema.optional() });
export type NotePatch = z.infer<typeof notePatchSchema>;

export function isHttpUrl(u: string): boolean {
  try {
    const p = new URL(u).protocol;
    return p === 'https:' || p === 'http:';
  } catch {
    return false;
  }
}

/** Query parameters that only say where a click came from: the same article with or without them is one page. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|taid|smid|guccounter|_ga|ref_src)$/i;

/**
 * The key notes of one page are filed under: the URL without fragment, tracking parameters or a trailing slash.
 * Pure string work so it runs in the background, the content script and Node alike.
 */
export function pageKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  let s = `${u.protocol}//${u.host.toLowerCase()}${u.pathname}${u.search}`;
  if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
  return s;
}

/** Tags as the reader typed them, trimmed, without a leading '#', without empties or case-insensitive duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.normalize('NFC').trim().replace(/^#+/, '').replace(/\s+/g, ' ').slice(0, LIMITS.tag);
    const key = tagKey(t);
    if (!t || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** The form tags are indexed and searched by: case- and accent-insensitive. */
export function tagKey(tag: string): string {
  return foldText(tag.trim().replace(/^#+/, ''));
}

/** Lower case, no diacritics, one kind of quote and dash: what search compares. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/** The page a note belongs to, if any (fact notes belong to none). */
export function targetUrl(target: NoteTarget): string | undefined {
  return target.kind === 'fact' ? undefined : target.url;
}
