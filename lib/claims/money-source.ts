import { companyBefore, mentionFrom, type SentenceContext } from './context';
import { isCompany, type Mention } from '../entities/mentions';

/**
 * Who money comes from, where the sentence says so: the company a raise is from ("raise $50 billion from Amazon",
 * "$30 billion could come from SoftBank") or the company a raise is discussed with ("talks with Amazon about raising
 * $10 billion"). Such a figure is that company's investment, whatever the verb: the raiser's round is bigger.
 */

/** Between a figure and its source: "from", "in new funding from", "could come from", "of the round may come from". */
const FROM =
  /^\s*(?:(?:investment|commitment|stake|contribution|injection|in (?:new |fresh )?(?:funding|capital|financing))\s+)?from\s+$/;
const COME_FROM =
  /^\s*(?:of (?:the|this|its) (?:[\w-]+ ){0,2}?(?:round|raise|fundraise|fundraising|funding)\s+)?(?:(?:could|would|will|may|might|is to|are to)\s+)?(?:come|comes|came|coming)\s+from\s+$/;
/** Verbs of taking money in, before the figure: only their money comes "from" someone as an investment. */
const TAKING_IN =
  /\b(?:rais(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|land(?:s|ed|ing)?|get|gets|getting|got)\b/;
/** "(talks) with Amazon about raising": the company money is discussed with, then the figure. */
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/;
const ABOUT_RAISING = /^\s+(?:about|on|over|regarding)\s+(?:raising|a (?:raise|round|fundraise) of)\b[^.;,]{0,30}$/;

/** The company right after a figure that the money comes from, and whether it "comes from" it. */
function source(ctx: SentenceContext, end: number): { company: Mention; comes: boolean } | undefined {
  const m = mentionFrom(ctx, end, isCompany, end + 50);
  if (!m) return undefined;
  const between = ctx.lower.slice(end - ctx.start, m.start - ctx.start);
  if (COME_FROM.test(between)) return { company: m, comes: true };
  return FROM.test(between) ? { company: m, comes: false } : undefined;
}

/** The company right after a figure that the money comes from, or undefined. */
export const sourceAfter = (ctx: SentenceContext, end: number) => source(ctx, end)?.company;

/** Like sourceAfter, but only where a verb of taking money in comes before the figure ("raise $X from Amazon"). */
export function raisedFrom(ctx: SentenceContext, start: number, end: number): Mention | undefined {
  const from = source(ctx, end);
  if (!from) return undefined;
  const lead = ctx.lower.slice(Math.max(0, start - ctx.start - 40), start - ctx.start);
  return from.comes || TAKING_IN.test(lead) ? from.company : undefined;
}

/** "talks with Amazon about raising $10 billion": the company a raise before `start` is discussed with. */
export function raisingWith(ctx: SentenceContext, start: number): Mention | undefined {
  const m = companyBefore(ctx, start, 60);
  if (!m) return undefined;
  if (!ABOUT_RAISING.test(ctx.lower.slice(m.end - ctx.start, start - ctx.start))) return undefined;
  return WITH_BEFORE.test(ctx.lower.slice(Math.max(0, m.start - ctx.start - 12), m.start - ctx.start)) ? m : undefined;
}
