import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim } from '../parties';

const LEAD =
  /\b(?:led|leading|lead|run|running|handled|handling|headed|heading|spearheaded|spearheading|negotiated|negotiating|engagement from|involvement of)\b/;
const TALKS = /\b(?:talks|negotiations|discussions|deal|project|agreement)\b/;

/** "Amazon CEO Andy Jassy is directly leading the negotiations", "led directly by CEOs Andy Jassy and Sam Altman". */
function extractTalksLead(ctx: SentenceContext): Claim[] {
  if (!ctx.mentions.some((m) => m.kind === 'person') || !TALKS.test(ctx.lower)) return [];
  const out: Claim[] = [];
  for (const p of ctx.mentions) {
    if (p.kind !== 'person') continue;
    const before = ctx.lower.slice(Math.max(0, p.start - ctx.start - 45), p.start - ctx.start);
    const after = ctx.lower.slice(p.end - ctx.start, p.end - ctx.start + 45);
    const leadsAfter =
      /^\s*(?:is|was|has been|are)?\s*(?:directly|personally)?\s*(?:leading|heading|handling|spearheading|negotiating)\b/.test(
        after,
      );
    const ledBy =
      (LEAD.test(before) && /\bby\b|\bfrom\b|\bof\b/.test(before)) ||
      /\b(?:led|headed|handled|run)\s+(?:directly\s+|personally\s+)?by\s+(?:\w+\s+){0,3}$/.test(before);
    const listedAfterLed =
      /\b(?:by|from)\s+(?:ceos?\s+)?(?:[A-Z][\w.]+\s+){0,3}(?:and|&)\s*$/i.test(before) &&
      LEAD.test(ctx.lower.slice(Math.max(0, p.start - ctx.start - 80), p.start - ctx.start));
    const previous = out[out.length - 1];
    const alsoLeads =
      previous !== undefined &&
      /^\s*(?:and|&)\s+(?:[\w’']+\s+){0,3}$/.test(ctx.lower.slice(previous.end - ctx.start, p.start - ctx.start));
    if (!leadsAfter && !ledBy && !listedAfterLed && !alsoLeads) continue;
    const end = leadsAfter
      ? p.end + /^\s*(?:is|was|has been|are)?\s*(?:directly|personally)?\s*\w+/.exec(after)![0].length
      : p.end;
    out.push(phraseClaim(ctx, 'talks-lead', p.start, end, { subject: p.id }));
  }
  return out;
}
export const talksLead: RelationModule = {
  relation: 'talks-lead',
  label: 'Who leads the talks',
  noun: 'lead in the talks',
  map: { edge: 'investment', what: 'leading talks', rank: 5 },
  policy: { existence: true },
  extract: extractTalksLead,
};
