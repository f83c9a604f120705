import { describe, expect, it } from 'vitest';
import { ellipsize, formatDate, formatMoney, formatValue } from './format';

describe('formatValue', () => {
  it('writes money compactly with its qualifier', () => {
    expect(formatValue({ kind: 'money', value: 5e10, qualifier: 'up-to' })).toBe('up to $50B');
    expect(formatValue({ kind: 'money', value: 1.37e10, qualifier: 'exact' })).toBe('$13.7B');
    expect(formatValue({ kind: 'money', value: 8.3e11, qualifier: 'about' })).toBe('about $830B');
    expect(formatValue({ kind: 'money', value: 241.73, qualifier: 'about' })).toBe('about $241.73');
    expect(formatValue({ kind: 'money', value: 7.5e11, high: 8.3e11, qualifier: 'range' })).toBe('$750B–$830B');
  });
  it('writes counts, percents, fractions and years', () => {
    expect(formatValue({ kind: 'count', value: 16000, qualifier: 'exact' })).toBe('16,000');
    expect(formatValue({ kind: 'percent', value: 134.2, qualifier: 'exact' })).toBe('134.2%');
    expect(formatValue({ kind: 'fraction', value: 0.5, qualifier: 'up-to' })).toBe('up to half');
    expect(formatValue({ kind: 'year', value: 2019, qualifier: 'exact' })).toBe('2019');
  });
  it('writes a listing date as its quarter and year, or the year alone', () => {
    expect(formatValue({ kind: 'quarter', value: 20264, qualifier: 'exact' })).toBe('Q4 2026');
    expect(formatValue({ kind: 'quarter', value: 20270, qualifier: 'exact' })).toBe('2027');
  });

  it('handles trillions and millions', () => {
    expect(formatMoney(1.2e12)).toBe('$1.2T');
    expect(formatMoney(8e6)).toBe('$8M');
  });
});

describe('formatDate', () => {
  it('writes ISO prefixes as readable dates and says when a date is unknown', () => {
    expect(formatDate('2026-01-30')).toBe('30 Jan 2026');
    expect(formatDate('2026-02')).toBe('Feb 2026');
    expect(formatDate('2026')).toBe('2026');
    expect(formatDate(null)).toBe('date unknown');
    expect(formatDate('sometime')).toBe('sometime');
  });
});

it('ellipsize keeps short text and cuts long text', () => {
  expect(ellipsize('OpenAI', 10)).toBe('OpenAI');
  expect(ellipsize('Middle East sovereign wealth funds', 18)).toBe('Middle East sover…');
});
