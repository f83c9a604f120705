import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim, subjectOrInferred } from '../parties';
import { isCompany } from '../../entities/mentions';

const EMPLOYEES = /\b(?:employees|workforce|staff|workers)\b[^.;]{0,40}?\b(?:access|use)\b/g;

/** "Amazon employees might be able to access and use those models": staff access to another company's models. */
function extractModelAccess(ctx: SentenceContext): Claim[] {
  if (!ctx.lower.includes('model') || !/\bmodels?\b/.test(ctx.lower)) return [];
  const out: Claim[] = [];
  EMPLOYEES.lastIndex = 0;
  for (let m = EMPLOYEES.exec(ctx.lower); m; m = EMPLOYEES.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const owner = [...ctx.mentions].reverse().find((x) => x.end <= start && isCompany(x) && start - x.end < 3);
    const parties = subjectOrInferred(ctx, owner);
    const claimStart = owner ? owner.start : start;
    out.push(phraseClaim(ctx, 'model-access', claimStart, start + m[0].length, { ...parties, detail: 'employees' }));
  }
  return out;
}
export const modelAccess: RelationModule = {
  relation: 'model-access',
  label: 'Use of models',
  noun: 'use of models',
  map: { edge: 'agreement', what: 'model access', rank: 10 },
  policy: { existence: true },
  extract: extractModelAccess,
};
