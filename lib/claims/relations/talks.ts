import type { Claim } from '../types';
import type { SentenceContext } from '../context';
import { actorBefore, phraseClaim, subjectOrInferred } from '../parties';
import { includesAny } from '../../text/chars';

/** Every STAGE phrase ends in one of these words; most sentences hold none, and this test is cheaper than STAGE. */
const TALK_WORDS = ['talks', 'discussions', 'negotiations', 'conversations'];
export const mayNameTalks = (lower: string) => includesAny(lower, TALK_WORDS);
const STAGE_WORD = String.raw`advanced|preliminary|early|late|final|exploratory|initial|nascent`;
/**
 * "advanced talks", "early-stage negotiations", "talks are still early", "discussions remain at an early stage",
 * "the talks are preliminary": the stage word before the talks, or said of them after.
 */
export const STAGE = new RegExp(String.raw`\b(${STAGE_WORD})(?:[- ]stages?)?\s+(?:talks|discussions|negotiations|conversations|stages? of (?:the )?(?:talks|discussions|negotiations))\b`
  + String.raw`|\b(?:talks|discussions|negotiations|conversations)\s+(?:are|were|remain|remained|is|was|have been)\s+(?:still\s+|only\s+|now\s+|described as\s+|said to be\s+)*(?:(?:at|in)\s+(?:an?|the|their)\s+(?:very\s+)?)?(${STAGE_WORD})(?:[- ]stages?|\s+(?:stage|phase)s?)?\b`
  + String.raw`|\b(?:described as|characteri[sz]ed as)\s+(${STAGE_WORD})(?:[- ]stage)?\b`, 'g');
/** Words for the same stage, as the sources name it: early talks are preliminary ones. */
const STAGE_NAMES: Record<string, string> = { early: 'preliminary', initial: 'preliminary', exploratory: 'preliminary', nascent: 'preliminary', late: 'advanced', final: 'advanced' };
const LEAD = /\b(?:led|leading|lead|run|running|handled|handling|headed|heading|spearheaded|spearheading|negotiated|negotiating|engagement from|involvement of)\b/;
const TALKS = /\b(?:talks|negotiations|discussions|deal|project|agreement)\b/;

/** "in advanced talks", "preliminary discussions": the stage of talks, about the company that is in them. */
export function extractTalksStage(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  if (!mayNameTalks(ctx.lower)) return out;
  STAGE.lastIndex = 0;
  for (let m = STAGE.exec(ctx.lower); m; m = STAGE.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const parties = subjectOrInferred(ctx, actorBefore(ctx, start));
    const target = ctx.mentions.find((x) => x.start >= start + m![0].length && x.kind !== 'person' && x.id !== parties.subject);
    const stage = (m[1] ?? m[2] ?? m[3])!;
    out.push(phraseClaim(ctx, 'talks-stage', start, start + m[0].length, { ...parties, object: target?.id, detail: STAGE_NAMES[stage] ?? stage }));
  }
  return out;
}

/** "Amazon CEO Andy Jassy is directly leading the negotiations", "led directly by CEOs Andy Jassy and Sam Altman". */
export function extractTalksLead(ctx: SentenceContext): Claim[] {
  if (!ctx.mentions.some((m) => m.kind === 'person') || !TALKS.test(ctx.lower)) return [];
  const out: Claim[] = [];
  for (const p of ctx.mentions) {
    if (p.kind !== 'person') continue;
    const before = ctx.lower.slice(Math.max(0, p.start - ctx.start - 45), p.start - ctx.start);
    const after = ctx.lower.slice(p.end - ctx.start, p.end - ctx.start + 45);
    const leadsAfter = /^\s*(?:is|was|has been|are)?\s*(?:directly|personally)?\s*(?:leading|heading|handling|spearheading|negotiating)\b/.test(after);
    const ledBy = LEAD.test(before) && /\bby\b|\bfrom\b|\bof\b/.test(before) || /\b(?:led|headed|handled|run)\s+(?:directly\s+|personally\s+)?by\s+(?:\w+\s+){0,3}$/.test(before);
    const listedAfterLed = /\b(?:by|from)\s+(?:ceos?\s+)?(?:[A-Z][\w.]+\s+){0,3}(?:and|&)\s*$/i.test(before) && LEAD.test(ctx.lower.slice(Math.max(0, p.start - ctx.start - 80), p.start - ctx.start));
    const previous = out[out.length - 1];
    const alsoLeads = previous !== undefined && /^\s*(?:and|&)\s+(?:[\w’']+\s+){0,3}$/.test(ctx.lower.slice(previous.end - ctx.start, p.start - ctx.start));
    if (!leadsAfter && !ledBy && !listedAfterLed && !alsoLeads) continue;
    const end = leadsAfter ? p.end + /^\s*(?:is|was|has been|are)?\s*(?:directly|personally)?\s*\w+/.exec(after)![0].length : p.end;
    out.push(phraseClaim(ctx, 'talks-lead', p.start, end, { subject: p.id }));
  }
  return out;
}
