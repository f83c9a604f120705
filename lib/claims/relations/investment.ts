import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import { mentionFrom, type SentenceContext } from '../context';
import type { MoneyRoles } from '../extract-types';
import { actorBefore, figureClaim, subjectOrInferred, targetAfter } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';

const FROM = /^\s*(?:(?:investment|commitment|stake|contribution|injection)\s+)?from\s+$/;

/** The company right after "from" that follows a figure: who the money comes from. */
function fromAfter(ctx: SentenceContext, end: number): Mention | undefined {
  const m = mentionFrom(ctx, end, isCompany, end + 40);
  return m && FROM.test(ctx.lower.slice(end - ctx.start, m.start - ctx.start)) ? m : undefined;
}

/** "Amazon is in talks to invest up to $50 billion in OpenAI"; "SoftBank ... a commitment of up to $30bn". */
function extractInvestment(ctx: SentenceContext, roles: MoneyRoles): Claim[] {
  const out: Claim[] = [];
  for (const q of roles.figures('investment')) {
    // "$30 billion from Nvidia, and $50 billion from Amazon": the investor named right after its figure.
    let investor = fromAfter(ctx, q.end) ?? actorBefore(ctx, q.start);
    const target = targetAfter(ctx, q.end);
    // "The proposed $50 billion investment would position Amazon ...": the investor named after the figure.
    if (!investor) investor = mentionFrom(ctx, q.end, (m) => isCompany(m) && m !== target);
    const parties = subjectOrInferred(ctx, investor);
    out.push(figureClaim(ctx, 'investment', q, { ...parties, object: target?.id }));
  }
  return out;
}

export const investment: RelationModule = {
  relation: 'investment',
  label: 'Investments',
  noun: 'investment',
  map: { edge: 'investment', what: 'stake', rank: 0 },
  policy: {},
  money: {
    cues: /\binvest(?:s|ed|ing|ment|ments)?\b|\bstake\b|\bputting\b|\bput\b|\bbet\b|\bcheck\b|\bcommit(?:s|ted|ting|ment)?\b|\bcontribut\w*|\bpour\w*|\binfusion\b|\bbacking\b/g,
    nounAfter: /^\s*(?:minority |strategic |direct )?(?:investment|stake|bet|check|commitment|infusion)\b/,
  },
  extract: extractInvestment,
};
