/** A figure as the reader types it when editing a proposed fact ("$45 billion", "up to 16,000"), with the page parser. */
import type { FactValue } from '../factbase/schema';
import { findQuantities } from '../text/quantities';

export function parseFigure(text: string): FactValue | undefined {
  const q = findQuantities(text)[0];
  if (!q) return undefined;
  return {
    kind: q.kind,
    value: q.value,
    ...(q.high !== undefined ? { high: q.high } : {}),
    ...(q.currency ? { currency: q.currency } : {}),
    qualifier: q.qualifier,
  };
}
