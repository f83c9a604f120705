import type { Claim } from './types';
import type { MoneyRoles } from './extract-types';
import type { SentenceContext } from './context';
import { eventCues } from './event';

/**
 * A figure with no words of its own around it ("the $50 billion figure", "a $500B cross") that repeats a figure the
 * article has already tied to a fact restates that claim. It is inferred: it may agree, never contradict.
 */
export function restatements(
  ctx: SentenceContext,
  roles: MoneyRoles,
  found: Claim[],
  figures: Map<string, Claim[]>,
): Claim[] {
  const out: Claim[] = [];
  for (const q of ctx.quantities) {
    if (q.kind !== 'money' || q.vague || roles.get(q) !== undefined) continue;
    if (found.some((c) => c.start < q.end && q.start < c.end)) continue;
    const same = figures.get(figureKey(q))?.at(-1);
    if (!same) continue;
    out.push({
      ...same,
      start: q.start,
      end: q.end,
      text: ctx.doc.text.slice(q.start, q.end),
      value: q,
      event: eventCues(ctx, q.start, q.end),
      inferred: true,
    });
  }
  return out;
}

/**
 * "SoftBank said the $30 billion is expected to be financed by loans", "The final figure of $122 billion exceeded
 * estimates": a figure the writer points back to with "the", standing as its own noun, is the figure it repeats. It is
 * that claim again, parties and event included, whatever cue words its new sentence happens to hold; where several
 * claims had that figure, the one whose company the sentence names.
 */
export function referBack(
  ctx: SentenceContext,
  companies: string[],
  found: Claim[],
  figures: Map<string, Claim[]>,
): Claim[] {
  let out = found;
  for (const c of found) {
    const q = c.value;
    if (q?.kind !== 'money' || q.vague || q.start !== c.start) continue;
    const before = ctx.lower.slice(Math.max(0, q.start - ctx.start - 40), q.start - ctx.start);
    if (!POINTING_BACK.test(before) || !STANDS_ALONE.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 20)))
      continue;
    // The last few claims with the figure: a writer points back to one it just gave, and a text repeating one figure
    // thousands of times costs no more per figure.
    const earlier = (figures.get(figureKey(q)) ?? []).slice(-RECENT);
    const named = earlier.filter((e) => e.subject !== undefined && companies.includes(e.subject));
    const same = (a: Claim, b: Claim) => a.relation === b.relation && a.subject === b.subject && a.object === b.object;
    const antecedent =
      named.at(-1) ??
      (companies.length === 0 && earlier.every((e) => same(e, earlier[0]!)) ? earlier.at(-1) : undefined);
    if (!antecedent) continue;
    const restated: Claim = {
      ...antecedent,
      start: q.start,
      end: q.end,
      text: ctx.doc.text.slice(q.start, q.end),
      value: q,
      named: [...new Set([...(antecedent.named ?? []), ...companies])],
    };
    out = [...out.filter((x) => !(x.start < q.end && q.start < x.end)), restated];
  }
  return out;
}
const RECENT = 8;
/** "the $30 billion", "the final figure of $122 billion", "the total of $110 billion". */
const POINTING_BACK =
  /\bthe\s+(?:(?:final|total|whole|entire|full|same|reported|headline|eventual)\s+)?(?:(?:figure|sum|amount|total|tally)\s+of\s+)?$/;
/**
 * The figure is the noun (a verb or the clause's end follows), or names its deal only in general words ("the reported
 * $10 billion deal with Amazon"): not "round" or "investment", which say what the figure is on their own.
 */
const STANDS_ALONE =
  /^\s*(?:[,.;:)]|(?:is|was|are|were|will|would|could|may|might|has|had|have|exceed\w*|represent\w*|includ\w*|came|comes|marks?|makes?|dwarf\w*|surpass\w*|tops?|topped|beat|beats|deal|agreement|pact|arrangement|transaction)\b)/;

export const figureKey = (q: { value: number; currency?: string }) => `${q.currency}:${q.value.toPrecision(3)}`;
