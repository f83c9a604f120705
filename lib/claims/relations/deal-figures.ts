import type { Claim, Relation } from '../types';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { actorBefore, figureClaim, targetAfter } from '../parties';
import { isModifier } from '../context';
import { isCompany } from '../../entities/mentions';

/**
 * Figures of deals between two named parties: acquisitions ("Whole Foods at $13.7 billion"), data centers ("an $11
 * billion data center in Indiana"), compute agreements ("a $38 billion cloud services deal"). Both parties must be in
 * the sentence: these are never inferred from the rest of the article.
 */
export function extractDeal(relation: Relation, ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures(relation)) {
    const companies = ctx.mentions.filter((m) => isCompany(m) && !isModifier(ctx, m));
    // An acquisition is judged on the pair of companies, whichever way the sentence puts them.
    const actor = relation === 'acquisition' ? companies[0] : actorBefore(ctx, q.start);
    // "Anthropic, for which Amazon has built an $11 billion data center": the company the relative clause is about.
    const antecedent = companies.find(
      (m) =>
        m.end < q.start &&
        m.id !== actor?.id &&
        /^,?\s+for (?:which|whom)\b/.test(ctx.lower.slice(m.end - ctx.start, m.end - ctx.start + 16)),
    );
    const other =
      (relation === 'acquisition' ? undefined : (targetAfter(ctx, q.end) ?? antecedent)) ??
      companies.find((m) => m.id !== actor?.id);
    if (!actor) continue;
    out.push(figureClaim(ctx, relation, q, { subject: actor.id, object: other?.id }));
  }
  return out;
}
