import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim } from '../parties';

const LEAD =
  /\b(?:led|leading|lead|run|running|handled|handling|headed|heading|spearheaded|spearheading|negotiated|negotiating|engagement from|involvement of)\b/;
const TALKS = /\b(?:talks?|negotiations?|discussions?|deal|project|agreement)\b/;
/** A sentence that may say who leads talks: it names them, or negotiating itself. */
const MAY_NAME_TALKS = /\b(?:talks?|negotiat\w*|discussions?|deal|project|agreement)\b/;
/**
 * After a person: "is personally leading", ", who is leading", "has led", "leads", "is at the head of", "is the one who
 * lead", "has been negotiating". A verb of leading (group 1) must have the talks as its object, close after it;
 * negotiating (group 2) is the talks.
 */
const LEADS_AFTER =
  /^(?:\s*,?\s*who)?\s*(?:is|was|are|were|has been|have been|had been|is being|has|have|had)?\s*(?:the one who\s+)?(?:(?:directly|personally|himself|herself)\s+)?(?:(lead|leads|leading|led|head|heads|heading|headed|handle|handles|handling|handled|spearhead|spearheads|spearheading|spearheaded|run|runs|running|ran|drive|drives|driving|drove|steer|steers|steering|steered|at the head of)\b|(negotiat\w*))/;
const TALKS_SOON = /^[^.;]{0,40}?\b(?:talks?|negotiations?|discussions?|deal|agreement)\b/;

/** "Amazon CEO Andy Jassy is directly leading the negotiations", "led directly by CEOs Andy Jassy and Sam Altman". */
function extractTalksLead(ctx: SentenceContext): Claim[] {
  if (!ctx.mentions.some((m) => m.kind === 'person') || !MAY_NAME_TALKS.test(ctx.lower)) return [];
  const namesTalks = TALKS.test(ctx.lower);
  const out: Claim[] = [];
  for (const p of ctx.mentions) {
    if (p.kind !== 'person') continue;
    const before = ctx.lower.slice(Math.max(0, p.start - ctx.start - 45), p.start - ctx.start);
    const after = ctx.lower.slice(p.end - ctx.start, p.end - ctx.start + 45);
    const verb = LEADS_AFTER.exec(after);
    const leadsAfter = verb !== null && (verb[2] !== undefined || TALKS_SOON.test(after.slice(verb[0].length)));
    const ledBy =
      namesTalks &&
      ((LEAD.test(before) && /\bby\b|\bfrom\b|\bof\b/.test(before)) ||
        /\b(?:led|headed|handled|run|driven|steered|spearheaded)\s+(?:directly\s+|personally\s+)?by\s+(?:\w+\s+){0,3}$/.test(
          before,
        ));
    const listedAfterLed =
      /\b(?:by|from)\s+(?:ceos?\s+)?(?:[A-Z][\w.]+\s+){0,3}(?:and|&)\s*$/i.test(before) &&
      LEAD.test(ctx.lower.slice(Math.max(0, p.start - ctx.start - 80), p.start - ctx.start));
    const previous = out[out.length - 1];
    const alsoLeads =
      previous !== undefined &&
      /^\s*(?:and|&)\s+(?:[\w’']+\s+){0,3}$/.test(ctx.lower.slice(previous.end - ctx.start, p.start - ctx.start));
    if (!leadsAfter && !ledBy && !listedAfterLed && !alsoLeads) continue;
    const end = leadsAfter && verb ? p.end + verb[0].length : p.end;
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
