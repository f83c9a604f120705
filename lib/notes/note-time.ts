/**
 * The one date grammar of notes: what import accepts is exactly what export writes (and what a reader may write by
 * hand), and only years DealLens can write back: 1970–2200. A note dated "9999-12-31T23:59:59-23:59" is year
 * 10000 in UTC, which JavaScript writes as "+010000-…"; accepting it once made every later export unreadable.
 *
 * Grammar: YYYY-MM-DDTHH:MM:SS, an optional fraction of 1–9 digits (milliseconds are kept, the rest dropped), then
 * `Z` or an offset ±HH:MM (hours 00–23).
 */
const GRAMMAR = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** 1970-01-01T00:00:00.000Z */
export const NOTE_TIME_MIN = 0;
/** 2200-12-31T23:59:59.999Z */
export const NOTE_TIME_MAX = Date.UTC(2201, 0, 1) - 1;

export const NOTE_TIME_RULE =
  'a date-time from 1970 to 2200 such as 2026-01-29T16:04:11.512Z (Z or an offset like +01:00)';

export function inNoteTimeRange(ms: number): boolean {
  return Number.isInteger(ms) && ms >= NOTE_TIME_MIN && ms <= NOTE_TIME_MAX;
}

/** Epoch milliseconds of a date-time in the grammar, or null (wrong form, no such day, or outside 1970–2200). */
export function parseNoteTime(s: string): number | null {
  const m = GRAMMAR.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59) return null;
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  // Date.UTC rolls 31 February over into March: such a day does not exist.
  if (new Date(local).getUTCDate() !== d) return null;
  let offset = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const utc = local - offset;
  return inNoteTimeRange(utc) ? utc : null;
}

/** The form export writes (always `…Z` with milliseconds); throws for a time outside 1970–2200. */
export function formatNoteTime(ms: number): string {
  if (!inNoteTimeRange(ms)) throw new RangeError(`DealLens: ${ms} is not a note time from 1970 to 2200`);
  return new Date(ms).toISOString();
}
