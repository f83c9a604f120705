import type { Claim, Quantity, Relation } from '../types';
import type { SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { actorBefore, figureClaim, targetAfter } from '../parties';
import { isModifier } from '../context';
import { isCompany, type Mention } from '../../entities/mentions';
import { mentionFrom } from '../context';

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
    const actor = relation === 'acquisition' ? companies[0] : (actorBefore(ctx, q.start) ?? actorAfter(ctx, q));
    // "Anthropic, for which Amazon has built an $11 billion data center": the company the relative clause is about.
    const antecedent = companies.find(
      (m) =>
        m.end < q.start &&
        m.id !== actor?.id &&
        /^,?\s+for (?:which|whom)\b/.test(ctx.lower.slice(m.end - ctx.start, m.end - ctx.start + 16)),
    );
    // The party named after the figure may be the actor itself ("was built by Amazon for Anthropic").
    const target = relation === 'acquisition' ? undefined : targetAfter(ctx, q.end);
    const other =
      (relation === 'acquisition' ? undefined : ((target?.id === actor?.id ? undefined : target) ?? antecedent)) ??
      companies.find((m) => m.id !== actor?.id);
    if (!actor) continue;
    out.push(figureClaim(ctx, relation, q, { subject: actor.id, object: other?.id }));
  }
  return out;
}

// "an $11B Amazon data center": the builder between the figure and its noun.
const NOUN_AFTER_NAME =
  /^(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:data[- ]cent|campus|complex|project|deal|agreement|contract)/;
// "an $11 billion data center was built by Amazon": the builder after "by", in the same clause.
const BY_BEFORE = /^[^,.;]{0,70}\bby\s+$/;

/** The party of a deal named after its figure, where no company before it is: "an $11B Amazon data center", "built by". */
function actorAfter(ctx: SentenceContext, q: Quantity): Mention | undefined {
  const next = mentionFrom(ctx, q.end, isCompany, q.end + 2);
  if (next && /^\s?$/.test(ctx.doc.text.slice(q.end, next.start))) {
    const noun = ctx.lower.slice(next.end - ctx.start, next.end - ctx.start + 40);
    if (NOUN_AFTER_NAME.test(noun)) return next;
  }
  return mentionFrom(
    ctx,
    q.end,
    (m) => isCompany(m) && BY_BEFORE.test(ctx.lower.slice(q.end - ctx.start, m.start - ctx.start)),
    q.end + 80,
  );
}
