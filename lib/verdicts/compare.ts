import type { Quantity } from '../claims/types';
import type { FactValue } from '../factbase/schema';

export type Comparison = 'match' | 'conflict' | 'unclear';

type Value = Pick<Quantity, 'kind' | 'value' | 'high' | 'qualifier' | 'currency'> & { vague?: boolean };

// The same few figures are compared claim after claim (an article repeats its figures, the fact base holds few): each
// figure's granularity is worked out once. Cleared when large, so a long session does not grow it without bound.
const granularities = new Map<number, number>();

/** How coarsely a figure is written, as a share of it: "$50 billion" stands for 49.5–50.5, "$241.73" for itself. */
function granularity(v: number): number {
  let g = granularities.get(v);
  if (g === undefined) {
    if (granularities.size >= 10_000) granularities.clear();
    granularities.set(v, (g = computeGranularity(v)));
  }
  return g;
}

function computeGranularity(v: number): number {
  const abs = Math.abs(v);
  if (abs === 0 || !Number.isFinite(abs)) return 0;
  const scale = abs >= 1e12 ? 1e12 : abs >= 1e9 ? 1e9 : abs >= 1e6 ? 1e6 : abs >= 1e3 ? 1e3 : 1;
  const mantissa = abs / scale;
  let step = 1;
  if (Math.abs(mantissa - Math.round(mantissa)) > 1e-9) {
    step = 0.1;
    while (step > 1e-6 && Math.abs(mantissa / step - Math.round(mantissa / step)) > 1e-6) step /= 10;
  } else {
    const digits = String(Math.round(mantissa)).length;
    while (step * 10 <= 10 ** Math.max(0, digits - 2) && Math.round(mantissa) % (step * 10) === 0) step *= 10;
  }
  // "$1 trillion" is still a figure, not anything from half to one and a half trillion.
  return Math.min(step / mantissa / 2, 0.05);
}

// "about" widens a figure a little beyond its rounding; "up to" names the figure itself ("up to $50bn" = "$50bn").
const loose = (q: Value) => (q.qualifier === 'about' ? 0.01 : 0);

function tolerance(a: Value, b: Value): number {
  const rounding = Math.max(granularity(a.value), granularity(b.value), 0.005);
  return rounding + loose(a) + loose(b);
}

/** How far vague figures and ranges must miss a fact to conflict with it. */
const CONFLICT_GAP = 0.1;
/** Beyond rounding and hedges, how far a stated figure must miss to be another figure, not the same one rewritten. */
const CONFLICT_MARGIN = 0.01;
/** A floor below this share of the figure misstates its magnitude ("more than $10 billion" for a $50 billion deal). */
const FLOOR_SHARE = 0.5;

/**
 * Whether a claimed figure agrees with a fact's figure. "up to $50 billion", "as much as $50bn" and "$50B" are the same
 * figure; "about $830 billion" and "$830bn" agree; "more than $100 billion" conflicts with "up to $100 billion";
 * "more than $500 billion" says too little about $830 billion to agree or conflict.
 */
export function compareValues(claim: Value, fact: FactValue): Comparison {
  if (claim.kind !== fact.kind || (claim.currency ?? 'USD') !== (fact.currency ?? 'USD')) return 'unclear';
  if (claim.kind === 'year') return claim.value === fact.value ? 'match' : 'conflict';
  if (claim.kind === 'quarter') {
    const [cy, cq] = [Math.floor(claim.value / 10), claim.value % 10];
    const [fy, fq] = [Math.floor(fact.value / 10), fact.value % 10];
    // "by 2027": any date up to the end of that year agrees with it, and none is named.
    if (claim.qualifier === 'up-to')
      return cy > fy || (cy === fy && (cq === 0 || fq === 0 || cq >= fq)) ? 'unclear' : 'conflict';
    // "no sooner than 2027": a floor after the fact's date conflicts with it; one at its year states it.
    if (claim.qualifier === 'at-least') {
      if (cy > fy || (cy === fy && cq !== 0 && fq !== 0 && cq > fq)) return 'conflict';
      return cy === fy && (cq === 0 || cq === fq) ? 'match' : 'unclear';
    }
    if (cy !== fy) return 'conflict';
    return cq === 0 || fq === 0 || cq === fq ? 'match' : 'conflict';
  }
  const v = fact.value;
  const fHigh = fact.high ?? v;
  if (claim.high !== undefined || claim.vague) {
    const lo = claim.value;
    const hi = claim.high ?? claim.value;
    if (hi < v * (1 - CONFLICT_GAP) || lo > fHigh * (1 + CONFLICT_GAP)) return 'conflict';
    if (fact.high !== undefined) return lo <= fHigh && hi >= v ? 'match' : 'unclear';
    return lo <= v && v <= hi && hi / Math.max(lo, 1e-9) <= 1.5 ? 'match' : 'unclear';
  }
  const c = claim.value;
  if (fact.high !== undefined) {
    if (c >= v && c <= fHigh) return 'match';
    return c < v * (1 - CONFLICT_GAP) || c > fHigh * (1 + CONFLICT_GAP) ? 'conflict' : 'unclear';
  }
  const tol = tolerance(claim, fact);
  const rel = Math.abs(c - v) / Math.abs(v || 1);
  switch (claim.qualifier) {
    case 'at-least':
      // "$500 billion+", "$500 billion or more": a floor at the figure itself states that figure.
      if (rel <= tol) return 'match';
    // falls through: otherwise a floor is read as "more than" is
    case 'more-than':
      // A floor at or above a cap contradicts it; a floor far below the figure says nothing about it.
      if (c > v * (1 + tol + CONFLICT_MARGIN)) return 'conflict';
      if (fact.qualifier === 'up-to' && claim.qualifier === 'more-than' && c >= v * (1 - tol)) return 'conflict';
      if (c < v * FLOOR_SHARE) return 'conflict';
      return 'unclear';
    case 'less-than':
      if (v > c * (1 + tol + CONFLICT_MARGIN)) return 'conflict';
      return 'unclear';
    default:
      if (rel <= tol) return 'match';
      return rel > tol + CONFLICT_MARGIN ? 'conflict' : 'unclear';
  }
}
