/** Short, deterministic text for figures and dates, sized for labels in a 320–500 px side panel. */
import { quarterText } from '../text/format-quantity';
import type { FactValue } from '../factbase/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function trimNumber(n: number, digits: number): string {
  // toFixed then strip trailing zeros: 13.70 -> "13.7", 50.0 -> "50".
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

function currencySymbol(currency: string | undefined): string {
  if (!currency || currency === 'USD') return '$';
  if (currency === 'EUR') return '€';
  if (currency === 'GBP') return '£';
  return `${currency} `;
}

/** 5e10 -> "$50B", 1.37e10 -> "$13.7B", 8e6 -> "$8M", 241.73 -> "$241.73". */
export function formatMoney(amount: number, currency?: string): string {
  const sym = currencySymbol(currency);
  const abs = Math.abs(amount);
  const sign = amount < 0 ? '-' : '';
  if (abs >= 1e12) return `${sign}${sym}${trimNumber(abs / 1e12, 2)}T`;
  if (abs >= 1e9) return `${sign}${sym}${trimNumber(abs / 1e9, 1)}B`;
  if (abs >= 1e6) return `${sign}${sym}${trimNumber(abs / 1e6, 1)}M`;
  if (abs >= 1e4) return `${sign}${sym}${Math.round(abs).toLocaleString('en-US')}`;
  return `${sign}${sym}${trimNumber(abs, 2)}`;
}

/** One number of a value in its kind's unit, without qualifier. */
export function formatNumber(kind: FactValue['kind'], n: number, currency?: string): string {
  switch (kind) {
    case 'money':
      return formatMoney(n, currency);
    case 'percent':
      return `${trimNumber(n, 1)}%`;
    case 'fraction':
      return n === 0.5 ? 'half' : `${trimNumber(n * 100, 1)}%`;
    case 'year':
      return String(Math.round(n));
    case 'quarter':
      return quarterText(Math.round(n));
    case 'count':
      return Math.round(n).toLocaleString('en-US');
  }
}

const QUALIFIER_WORDS: Partial<Record<FactValue['qualifier'], string>> = {
  about: 'about',
  'up-to': 'up to',
  'at-least': 'at least',
  'more-than': 'more than',
  'less-than': 'less than',
};

/** { money, 5e10, up-to } -> "up to $50B"; ranges -> "$750B–$830B". */
export function formatValue(v: FactValue): string {
  const low = formatNumber(v.kind, v.value, v.currency);
  if (v.high !== undefined && v.high !== v.value) {
    const range = `${low}–${formatNumber(v.kind, v.high, v.currency)}`;
    return v.qualifier === 'range' || v.qualifier === 'exact'
      ? range
      : `${QUALIFIER_WORDS[v.qualifier] ?? ''} ${range}`.trim();
  }
  const word = QUALIFIER_WORDS[v.qualifier];
  return word ? `${word} ${low}` : low;
}

/** "2026-02-05" -> "5 Feb 2026", "2026-02" -> "Feb 2026", "2026" -> "2026"; null -> "date unknown". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Cuts a label to `max` characters with an ellipsis, so long names do not overrun a node or a row. */
export function ellipsize(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
