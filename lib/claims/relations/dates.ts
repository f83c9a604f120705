import type { Claim, Quantity } from '../types';
import type { SentenceContext } from '../context';
import { companyBefore, phraseClaim, subjectOrInferred } from '../parties';
import { isCompany } from '../../entities/mentions';

const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const IPO = /\b(?:ipo|initial public offering|public offering|public listing|debut|go(?:ing)? public|list(?:ing)? (?:its )?shares)\b/;
const WHEN = /\b(?:(first|second|third|fourth) quarter of|q([1-4])\s*)\s*((?:19|20)\d\d)\b|\b(?:in|by|for|during|late|early)\s+((?:19|20)\d\d)\b/g;

/** "a potential initial public offering in the fourth quarter of 2026": year * 10 + quarter (0 when only a year). */
export function extractIpoTiming(ctx: SentenceContext): Claim[] {
  // WHEN needs a year, which is always one of the sentence's quantities (or inside one).
  if (ctx.quantities.length === 0 || !IPO.test(ctx.lower)) return [];
  const out: Claim[] = [];
  WHEN.lastIndex = 0;
  for (let m = WHEN.exec(ctx.lower); m; m = WHEN.exec(ctx.lower)) {
    const year = Number(m[3] ?? m[4]);
    const quarter = m[1] ? QUARTERS[m[1]]! : m[2] ? QUARTERS[m[2]]! : 0;
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    const parties = subjectOrInferred(ctx, companyBefore(ctx, start));
    const value: Quantity = { kind: 'quarter', value: year * 10 + quarter, qualifier: 'exact', start, end };
    out.push({ ...phraseClaim(ctx, 'ipo-timing', start, end, parties), value });
  }
  return out;
}

// "founded in 2015", "(founded 2021)", "2015: Founded as a non-profit", "its 2015 founding", "started as a research lab
// in 2015": the year is group 1, 2, 3 or 4.
const FOUNDED = /\b(?:founded|established|started|set up|formed|incorporated)\s+(?:in\s+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[:–—-]\s*(?:was\s+)?(?:founded|established|started|set up|formed)\b|\b((?:19|20)\d\d)\s+(?:founding|establishment)\b|\bstarted (?:out )?as an? [\w\s-]{3,40}? in ((?:19|20)\d\d)\b/g;
const LAUNCH = /\b(?:launch(?:ed)?|release[d]?|debut(?:ed)?|introduc\w+)\b/;

/** "Founded in 2015", "Anthropic, which was founded in 2021 by former OpenAI researchers". */
export function extractFounded(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  // The year after "founded in" is always one of the sentence's quantities.
  if (ctx.quantities.length === 0) return out;
  FOUNDED.lastIndex = 0;
  for (let m = FOUNDED.exec(ctx.lower); m; m = FOUNDED.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    // The founders ("by former employees of OpenAI") are not the company founded.
    const byEnd = /^[^,.;]*\bby\b[^,.;]*/.exec(ctx.lower.slice(end - ctx.start))?.[0].length ?? 0;
    const named = m.index === 0 || /^\W*$/.test(ctx.lower.slice(0, m.index))
      ? ctx.mentions.find((x) => x.start >= end + byEnd && isCompany(x))
      : companyBefore(ctx, start);
    const parties = subjectOrInferred(ctx, named);
    const value: Quantity = { kind: 'year', value: Number(m[1] ?? m[2] ?? m[3] ?? m[4]), qualifier: 'exact', start, end };
    out.push({ ...phraseClaim(ctx, 'founded', start, end, parties), value });
  }
  return out;
}

/** "gained widespread prominence in 2022 with the launch of ChatGPT": a product's launch year. */
export function extractLaunch(ctx: SentenceContext): Claim[] {
  const product = ctx.mentions.find((m) => m.kind === 'product');
  if (!product || !LAUNCH.test(ctx.lower)) return [];
  const cue = ctx.start + LAUNCH.exec(ctx.lower)!.index;
  const years = ctx.quantities.filter((q) => q.kind === 'year' && (/\b(?:in|since)\s+(?:(?:late|early|mid)[- ]?\s*)?$/.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 12), q.start - ctx.start))
    || /^\s*[:–—-]\s*(?:it\s+)?(?:launch|release|debut|introduc)/.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 16))));
  const q = years.sort((a, b) => Math.abs(a.start - cue) - Math.abs(b.start - cue))[0];
  if (!q || Math.abs(q.start - cue) > 60) return [];
  return [{ ...phraseClaim(ctx, 'launch', q.start, q.end, { subject: product.named }), value: q }];
}

const PARTNER = /\b(?:partner\w*|relationship|ties|alliance|collaborat\w*|backer|backed|invested|investor)\b/;

/** "Microsoft, which has maintained a close partnership with OpenAI since 2019". */
export function extractPartnershipStart(ctx: SentenceContext): Claim[] {
  if (!ctx.quantities.some((q) => q.kind === 'year') || !PARTNER.test(ctx.lower)) return [];
  const companies = [...new Set(ctx.mentions.filter(isCompany).map((m) => m.id))];
  if (companies.length < 2 && !ctx.previousCompanies.length) return [];
  const out: Claim[] = [];
  for (const q of ctx.quantities) {
    const since = /\bsince\s*$/.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 7), q.start - ctx.start));
    // "their 2019 partnership": the year as the partnership's modifier.
    const modifier = !since && /^\s+(?:partnership|alliance|tie-up|deal with)\b/.test(ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 14));
    if (q.kind !== 'year' || (!since && !modifier)) continue;
    const start = since ? q.start - 6 : q.start;
    const before = ctx.mentions.filter((m) => isCompany(m) && m.end <= q.start);
    const partner = before[before.length - 1];
    const first = [...before].reverse().find((m) => m.id !== partner?.id);
    // "their 2019 partnership" after a sentence naming both: the pair comes from there.
    const pair = first && partner ? [first.id, partner.id] : modifier && /\btheir\s+$/.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 7), q.start - ctx.start)) ? [...new Set(ctx.previousCompanies)] : [];
    if (pair.length !== 2) continue;
    out.push({ ...phraseClaim(ctx, 'partnership-start', start, q.end + (modifier ? /^\s+\S+/.exec(ctx.lower.slice(q.end - ctx.start))![0].length : 0), { subject: pair[0], object: pair[1], inferred: !(first && partner) }), value: q });
  }
  return out;
}
