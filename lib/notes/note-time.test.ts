import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNoteTime, NOTE_TIME_MAX, NOTE_TIME_MIN, parseNoteTime } from './note-time';
import { buildExport, parseExport, serializeExport, serializeExportParts } from './transfer';
import type { Note } from './model';

const inRange = fc.integer({ min: NOTE_TIME_MIN, max: NOTE_TIME_MAX });
const two = (n: number) => String(n).padStart(2, '0');
/** Any string of the grammar's shape, including days that do not exist and years outside the range. */
const grammarLike = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 24 }),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 60 }),
    frac: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
    zone: fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }))
        .map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`),
    ),
  })
  .map(
    (t) =>
      `${String(t.y).padStart(4, '0')}-${two(t.mo)}-${two(t.d)}T${two(t.h)}:${two(t.mi)}:${two(t.s)}${t.frac ? `.${t.frac}` : ''}${t.zone}`,
  );

describe('the one date grammar of notes', () => {
  it('refuses the date that made every later export unreadable, and years outside 1970–2200', () => {
    expect(parseNoteTime('9999-12-31T23:59:59-23:59')).toBeNull();
    expect(parseNoteTime('+010000-01-01T23:58:59.000Z')).toBeNull();
    expect(parseNoteTime('1969-12-31T23:59:59.999Z')).toBeNull();
    expect(parseNoteTime('2201-01-01T00:00:00Z')).toBeNull();
    expect(parseNoteTime('1970-01-01T00:30:00+01:00')).toBeNull();
    expect(parseNoteTime('2026-02-30T00:00:00Z')).toBeNull();
    expect(parseNoteTime('2026-01-29 16:04:11Z')).toBeNull();
    expect(parseNoteTime('2026-01-29T16:04:11.512Z')).toBe(Date.parse('2026-01-29T16:04:11.512Z'));
    expect(parseNoteTime('2026-01-29T17:04:11+01:00')).toBe(Date.parse('2026-01-29T16:04:11Z'));
    expect(parseNoteTime('2200-12-31T23:59:59.999Z')).toBe(NOTE_TIME_MAX);
  });

  it('export writes only what import reads, to the millisecond', () => {
    fc.assert(
      fc.property(inRange, (ms) => {
        expect(parseNoteTime(formatNoteTime(ms))).toBe(ms);
      }),
      { numRuns: 5000 },
    );
  });

  it('whatever import reads, export writes back in a form import reads as the same time', () => {
    fc.assert(
      fc.property(grammarLike, (s) => {
        const ms = parseNoteTime(s);
        if (ms === null) return;
        expect(ms).toBeGreaterThanOrEqual(NOTE_TIME_MIN);
        expect(ms).toBeLessThanOrEqual(NOTE_TIME_MAX);
        expect(parseNoteTime(formatNoteTime(ms))).toBe(ms);
      }),
      { numRuns: 5000 },
    );
  });

  it('a whole file round-trips: exported, imported, exported again is the same text', () => {
    const note = (id: string, createdAt: number, updatedAt: number): Note => ({
      id,
      text: `note ${id}`,
      tags: ['t'],
      createdAt,
      updatedAt,
      target: { kind: 'page', url: 'https://example.com/a', title: 'A' },
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(inRange, inRange), { maxLength: 8 }), (times) => {
        const notes = times.map(([a, b], i) => note(`n${i}`, Math.min(a, b), Math.max(a, b)));
        const text = serializeExport(buildExport(notes, 1_700_000_000_000));
        expect(serializeExportParts(buildExport(notes, 1_700_000_000_000)).join('')).toBe(text);
        expect(serializeExport(buildExport(parseExport(text), 1_700_000_000_000))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('a file holding a date out of range is refused whole, with the rule in the message', () => {
    const text = serializeExport(
      buildExport(
        [{ id: 'a', text: 'x', tags: [], createdAt: 0, updatedAt: 0, target: { kind: 'fact', factId: 'f' } }],
        0,
      ),
    );
    const bad = text.replace('"updatedAt": "1970-01-01T00:00:00.000Z"', '"updatedAt": "9999-12-31T23:59:59-23:59"');
    expect(bad).not.toBe(text);
    expect(() => parseExport(bad)).toThrow(/note 1 \(id "a"\), updatedAt: a date-time from 1970 to 2200/);
  });
});
