import type { Claim, Quantity } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { companyBefore, phraseClaim, subjectOrInferred } from '../parties';

const QUARTERS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  final: 4,
  last: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
const IPO =
  /\b(?:ipo|initial public offering|public offering|public listing|listing|debut|go(?:ing)? public|list(?:ing)? (?:its )?shares)\b/;
// "the fourth quarter of 2026", "Q4 2026", "4Q 2026", "fourth quarter 2026"; "in 2026", "late 2026".
const WHEN =
  /\b(?:(first|second|third|fourth|final|last) quarter(?: of)?|q([1-4])|([1-4])q)\s*((?:19|20)\d\d)\b|\b(?:in|by|for|during|late|early)[\s-]+((?:19|20)\d\d)\b/g;

/** "a potential initial public offering in the fourth quarter of 2026": year * 10 + quarter (0 when only a year). */
function extractIpoTiming(ctx: SentenceContext): Claim[] {
  // WHEN needs a year, which is always one of the sentence's quantities (or inside one).
  if (ctx.quantities.length === 0 || !IPO.test(ctx.lower)) return [];
  const out: Claim[] = [];
  WHEN.lastIndex = 0;
  for (let m = WHEN.exec(ctx.lower); m; m = WHEN.exec(ctx.lower)) {
    const year = Number(m[4] ?? m[5]);
    const q = m[1] ?? m[2] ?? m[3];
    const quarter = q ? QUARTERS[q]! : 0;
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    const parties = subjectOrInferred(ctx, companyBefore(ctx, start));
    const value: Quantity = { kind: 'quarter', value: year * 10 + quarter, qualifier: 'exact', start, end };
    out.push({ ...phraseClaim(ctx, 'ipo-timing', start, end, parties), value });
  }
  return out;
}
export const ipoTiming: RelationModule = {
  relation: 'ipo-timing',
  label: 'IPO timing',
  noun: 'IPO timing',
  policy: { timeVarying: true },
  extract: extractIpoTiming,
};
