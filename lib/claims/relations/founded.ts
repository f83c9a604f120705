import type { Claim, Quantity } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { companyBefore, phraseClaim, subjectOrInferred } from '../parties';
import { isCompany } from '../../entities/mentions';
import { mayNameYearWords, YEAR_WORDS, yearFromWords } from '../../text/year-words';

const yearOf = (written: string) => (/^\d/.test(written) ? Number(written) : yearFromWords(written));

// "founded in 2015", "(founded 2021)", "since its founding in 2015", "dates from 2021", "the 2015-founded lab",
// "2015: Founded as a non-profit", "its 2015 founding", "started as a research lab in 2015": the year is the one group
// that matched. The year after "founded in" and "dates from" may be written in words ("created in two thousand fifteen").
const YEAR = String.raw`(?:19|20)\d\d|${YEAR_WORDS}`;
const FOUNDED = new RegExp(
  String.raw`\b(?:founded|established|started|set up|formed|incorporated|created|founding)\s+(?:in\s+|on\s+)?(?:(?:the\s+)?year\s+)?(${YEAR})\b|\b(?:dates|dating) from (${YEAR})\b|` +
    /\b((?:19|20)\d\d)-founded\b|\b((?:19|20)\d\d)\s*[:–—-]\s*(?:was\s+)?(?:founded|established|started|set up|formed)\b|\b((?:19|20)\d\d)\s+(?:founding|establishment)\b|\bstarted (?:out )?as an? [\w\s-]{3,40}? in ((?:19|20)\d\d)\b/
      .source,
  'g',
);
/** The group of FOUNDED that is the "2015-founded" form: the company it describes comes after it. */
const FOUNDED_ADJECTIVE = 3;

/** "Founded in 2015", "Anthropic, which was founded in 2021 by former OpenAI researchers". */
function extractFounded(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  // The year after "founded in" is always one of the sentence's quantities, or written in words.
  if (ctx.quantities.length === 0 && !mayNameYearWords(ctx.lower)) return out;
  FOUNDED.lastIndex = 0;
  for (let m = FOUNDED.exec(ctx.lower); m; m = FOUNDED.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    // The founders ("by former employees of OpenAI") are not the company founded.
    const byEnd = /^[^,.;]*\bby\b[^,.;]*/.exec(ctx.lower.slice(end - ctx.start))?.[0].length ?? 0;
    // "The 2015-founded ChatGPT maker": the company the adjective describes, within its noun phrase.
    const described =
      m[FOUNDED_ADJECTIVE] !== undefined
        ? ctx.mentions.find((x) => x.start >= end && x.start - end <= 30 && isCompany(x))
        : undefined;
    const named =
      described ??
      (m.index === 0 || /^\W*$/.test(ctx.lower.slice(0, m.index))
        ? ctx.mentions.find((x) => x.start >= end + byEnd && isCompany(x))
        : companyBefore(ctx, start));
    const parties = subjectOrInferred(ctx, named);
    const value: Quantity = {
      kind: 'year',
      value: yearOf(m.slice(1).find((g) => g !== undefined)!),
      qualifier: 'exact',
      start,
      end,
    };
    out.push({ ...phraseClaim(ctx, 'founded', start, end, parties), value });
  }
  return out;
}
export const founded: RelationModule = {
  relation: 'founded',
  label: 'Founding years',
  noun: 'founding year',
  policy: {},
  extract: extractFounded,
};
