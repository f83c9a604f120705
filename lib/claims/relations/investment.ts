import type { Claim } from '../types';
import { mentionFrom, type SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { actorBefore, figureClaim, subjectOrInferred, targetAfter } from '../parties';
import { isCompany } from '../../entities/mentions';

/** "Amazon is in talks to invest up to $50 billion in OpenAI"; "SoftBank ... a commitment of up to $30bn". */
export function extractInvestment(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('investment')) {
    let investor = actorBefore(ctx, q.start);
    const target = targetAfter(ctx, q.end);
    // "The proposed $50 billion investment would position Amazon ...": the investor named after the figure.
    if (!investor) investor = mentionFrom(ctx, q.end, (m) => isCompany(m) && m !== target);
    const parties = subjectOrInferred(ctx, investor);
    out.push(figureClaim(ctx, 'investment', q, { ...parties, object: target?.id }));
  }
  return out;
}
