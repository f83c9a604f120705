import type { Claim, Quantity } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim } from '../parties';
import { isCompany } from '../../entities/mentions';
import { mayNameYearWords, YEAR_WORDS, yearFromWords } from '../../text/year-words';

const PARTNER =
  /\b(?:partner\w*|relationship|ties|alliance|allies|collaborat\w*|backer|backed|invested|investor|worked (?:closely )?with)\b/;
// "since 2019", "dates back to 2019", "began in 2019", "started in 2019": when the partnership began.
const BEGAN =
  /\b(?:since|dates? back to|goes back to|began (?:\w+ ){0,5}?in|started (?:\w+ ){0,5}?in|formed (?:\w+ ){0,5}?in)\s*$/;

const SINCE_WORDS = new RegExp(String.raw`\b${YEAR_WORDS}\b`, 'g');

/** The sentence's years: its year figures, and years written in words ("since two thousand nineteen"). */
function yearsOf(ctx: SentenceContext): Quantity[] {
  const years = ctx.quantities.filter((q) => q.kind === 'year');
  if (!mayNameYearWords(ctx.lower)) return years;
  SINCE_WORDS.lastIndex = 0;
  for (let m = SINCE_WORDS.exec(ctx.lower); m; m = SINCE_WORDS.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    years.push({ kind: 'year', value: yearFromWords(m[0]), qualifier: 'exact', start, end: start + m[0].length });
  }
  return years;
}

/** "Since 2019 Microsoft is partner of OpenAI": a "since" that opens the sentence; its pair is named after it. */
function pairAfter(ctx: SentenceContext, q: Quantity): string[] {
  if (!/^\W*since\s*$/.test(ctx.lower.slice(0, q.start - ctx.start))) return [];
  const after = ctx.mentions.filter((m) => isCompany(m) && m.start >= q.end).map((m) => m.id);
  return [...new Set(after)].slice(0, 2);
}

/**
 * "Microsoft has been its main backer since 2019" after a sentence about OpenAI: "its" partner is the one company the
 * sentence before names. Where it names several, or none but the partner, "its" is no one.
 */
function pairWithIts(ctx: SentenceContext, partner: string, from: number, to: number): string[] {
  if (!ITS_PARTNER.test(ctx.lower.slice(from - ctx.start, to - ctx.start))) return [];
  const others = [...new Set(ctx.previousCompanies)].filter((id) => id !== partner);
  return others.length === 1 ? [partner, others[0]!] : [];
}
const ITS_PARTNER = /\bits\s+(?:[a-z]+\s+){0,2}?(?:partner|backer|investor|ally|supporter)s?\b/;

/** "Microsoft, which has maintained a close partnership with OpenAI since 2019". */
function extractPartnershipStart(ctx: SentenceContext): Claim[] {
  if (!PARTNER.test(ctx.lower)) return [];
  const years = yearsOf(ctx);
  if (years.length === 0) return [];
  const companies = [...new Set(ctx.mentions.filter(isCompany).map((m) => m.id))];
  if (companies.length < 2 && !ctx.previousCompanies.length) return [];
  const out: Claim[] = [];
  for (const q of years) {
    const since =
      q.kind === 'year' && BEGAN.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 60), q.start - ctx.start));
    // "their 2019 partnership": the year as the partnership's modifier.
    const modifier =
      !since &&
      /^\s+(?:partnership|alliance|tie-up|deal with)\b/.test(
        ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 14),
      );
    if (q.kind !== 'year' || (!since && !modifier)) continue;
    const start = q.start;
    const before = ctx.mentions.filter((m) => isCompany(m) && m.end <= q.start);
    const partner = before[before.length - 1];
    const first = [...before].reverse().find((m) => m.id !== partner?.id);
    // "their 2019 partnership" after a sentence naming both: the pair comes from there.
    const opening = first && partner ? [] : pairAfter(ctx, q);
    const named = first && partner ? [first.id, partner.id] : opening.length === 2 ? opening : undefined;
    const pair =
      named ??
      (modifier && /\btheir\s+$/.test(ctx.lower.slice(Math.max(0, q.start - ctx.start - 7), q.start - ctx.start))
        ? [...new Set(ctx.previousCompanies)]
        : partner && !first
          ? pairWithIts(ctx, partner.id, partner.end, q.start)
          : []);
    if (pair.length !== 2) continue;
    out.push({
      ...phraseClaim(
        ctx,
        'partnership-start',
        start,
        q.end + (modifier ? /^\s+\S+/.exec(ctx.lower.slice(q.end - ctx.start))![0].length : 0),
        { subject: pair[0], object: pair[1], inferred: !named },
      ),
      value: q,
    });
  }
  return out;
}
export const partnershipStart: RelationModule = {
  relation: 'partnership-start',
  label: 'Partnerships',
  noun: 'partnership start',
  map: { edge: 'agreement', what: 'partners since', rank: 9 },
  policy: { symmetric: true },
  extract: extractPartnershipStart,
};
