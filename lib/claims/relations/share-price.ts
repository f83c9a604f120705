import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { companyBefore, figureClaim, subjectOrInferred } from '../parties';

/** "Amazon's stock, trading around $241.73". */
function extractSharePrice(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('share-price')) {
    const parties = subjectOrInferred(ctx, companyBefore(ctx, q.start));
    out.push(figureClaim(ctx, 'share-price', q, parties));
  }
  return out;
}
export const sharePrice: RelationModule = {
  relation: 'share-price',
  label: 'Share prices',
  noun: 'share price',
  policy: { timeVarying: true },
  extract: extractSharePrice,
};
