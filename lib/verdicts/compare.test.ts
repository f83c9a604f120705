import { describe, expect, it } from 'vitest';
import type { Quantity } from '../claims/types';
import type { FactValue } from '../factbase/schema';
import { compareValues } from './compare';

const money = (value: number, qualifier: Quantity['qualifier'] = 'exact', high?: number) =>
  ({ kind: 'money', value, qualifier, currency: 'USD', ...(high !== undefined ? { high } : {}) }) as const;
const cap = (value: number): FactValue => ({ kind: 'money', value, qualifier: 'up-to', currency: 'USD' });

describe('compareValues', () => {
  it('reads "up to", "about" and a bare figure of the same amount as one figure, and rounding as agreement', () => {
    expect(compareValues(money(50e9), cap(50e9))).toBe('match');
    expect(compareValues(money(50e9, 'about'), cap(50e9))).toBe('match');
    expect(compareValues(money(830e9, 'about'), cap(830e9))).toBe('match');
    expect(compareValues(money(100e9, 'about'), cap(100e9))).toBe('match');
  });

  it('calls another figure for the same point a conflict, beyond rounding and hedges', () => {
    expect(compareValues(money(852e9), cap(830e9))).toBe('conflict');
    expect(compareValues(money(750e9, 'about'), cap(830e9))).toBe('conflict');
    expect(compareValues(money(10e9), cap(50e9))).toBe('conflict');
    expect(compareValues(money(835e9), cap(830e9))).toBe('match');
    expect(compareValues(money(840e9), cap(830e9))).toBe('unclear');
  });

  it('reads floors: above a cap or under half the figure conflict, just below says nothing', () => {
    expect(compareValues(money(120e9, 'more-than'), cap(100e9))).toBe('conflict');
    expect(compareValues(money(100e9, 'more-than'), cap(100e9))).toBe('conflict');
    expect(compareValues(money(10e9, 'more-than'), cap(50e9))).toBe('conflict');
    expect(compareValues(money(500e9, 'more-than'), cap(830e9))).toBe('unclear');
    expect(compareValues(money(50e9, 'at-least'), cap(100e9))).toBe('unclear');
    // "$500 billion+" states the $500 billion figure itself.
    expect(
      compareValues(money(500e9, 'at-least'), { kind: 'money', value: 500e9, qualifier: 'exact', currency: 'USD' }),
    ).toBe('match');
  });

  it('reads "less than": a ceiling under the figure conflicts, one above it says nothing', () => {
    expect(compareValues(money(30e9, 'less-than'), cap(50e9))).toBe('conflict');
    expect(compareValues(money(60e9, 'less-than'), cap(50e9))).toBe('unclear');
  });

  it('measures ranges against the figure', () => {
    expect(compareValues(money(750e9, 'range', 830e9), cap(830e9))).toBe('match');
    expect(compareValues(money(300e9, 'range', 400e9), cap(830e9))).toBe('conflict');
  });

  it('reads a listing date, a deadline ("by 2027") and a floor ("no sooner than 2027") against a quarter', () => {
    const q4 = { kind: 'quarter' as const, value: 20264, qualifier: 'exact' as const };
    const when = (value: number, qualifier: 'exact' | 'up-to' | 'at-least') =>
      compareValues({ kind: 'quarter', value, qualifier }, q4);
    expect(when(20264, 'exact')).toBe('match');
    expect(when(20260, 'exact')).toBe('match');
    expect(when(20272, 'exact')).toBe('conflict');
    expect(when(20270, 'up-to')).toBe('unclear');
    expect(when(20250, 'up-to')).toBe('conflict');
    expect(when(20270, 'at-least')).toBe('conflict');
    expect(when(20260, 'at-least')).toBe('match');
    expect(when(20250, 'at-least')).toBe('unclear');
  });

  it('never compares figures of different kinds or currencies', () => {
    expect(compareValues({ kind: 'count', value: 50e9, qualifier: 'exact' }, cap(50e9))).toBe('unclear');
    expect(compareValues({ ...money(50e9), currency: 'EUR' }, cap(50e9))).toBe('unclear');
  });
});
