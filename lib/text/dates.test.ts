import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDates } from './dates';

/**
 * The comparison as it reads: field by field, "*" matching anything, at the precision both dates have; a month of an
 * unknown year is not ordered against a dated one.
 */
function reference(a: string, b: string): number {
  if (a.startsWith('*') !== b.startsWith('*')) return 0;
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === '*' || pb[i] === '*') continue;
    if (pa[i]! < pb[i]!) return -1;
    if (pa[i]! > pb[i]!) return 1;
  }
  return 0;
}

describe('compareDates', () => {
  it('compares at the precision both dates have', () => {
    expect(compareDates('2026-01-30', '2026-01')).toBe(0);
    expect(compareDates('2025-12', '2026-01-30')).toBe(-1);
    expect(compareDates('2026-02-01', '2026-01-31')).toBe(1);
    expect(compareDates('*-03', '2026-03-14')).toBe(0);
    // April of which year? Not ordered against March 2026.
    expect(compareDates('*-04', '2026-03-14')).toBe(0);
    expect(compareDates('*-04', '*-03')).toBe(1);
  });

  it('orders any two strings as comparing their fields would', () => {
    const field = fc.oneof(
      fc.constantFrom('*', '', '2025', '2026', '01', '1', '12', '30'),
      fc.string({ maxLength: 4 }),
    );
    const date = fc.array(field, { minLength: 1, maxLength: 4 }).map((f) => f.join('-'));
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(compareDates(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 5000 },
    );
  });
});
