import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { actorBefore, phraseClaim, subjectOrInferred } from '../parties';
import { includesAny } from '../../text/chars';
import { isCompany, isPublication } from '../../entities/mentions';

/** Every STAGE phrase holds one of these words; most sentences hold none, and this test is cheaper than STAGE. */
const TALK_WORDS = ['talk', 'discussion', 'negotiation', 'conversation'];
export const mayNameTalks = (lower: string) => includesAny(lower, TALK_WORDS);
const STAGE_WORD = String.raw`advanced|preliminary|early|late|final|exploratory|initial|nascent`;
const NOUN = String.raw`(?:talks|discussions?|negotiations?|conversations?)`;
/** Who the talks are between, said right after them: "talks between Amazon and OpenAI", "talks with OpenAI". */
const BETWEEN = String.raw`(?:\s+(?:between|with|over|about|on)\s+[^,.;]{1,40}?)?`;
/**
 * "advanced talks", "early-stage negotiations", "talks are still early", "discussions remain at an early stage",
 * "talks between Amazon and OpenAI are in the early stages", "the discussion is still very preliminary": the stage
 * word before the talks, or said of them after.
 */
export const STAGE = new RegExp(
  String.raw`\b(${STAGE_WORD})(?:[- ]stages?)?\s+(?:${NOUN}|stages? of (?:the )?${NOUN})\b` +
    String.raw`|\b${NOUN}${BETWEEN}\s+(?:are|were|remain|remained|is|was|have been|has been)\s+(?:still\s+|only\s+|now\s+|described as\s+|said to be\s+)*(?:(?:at|in)\s+(?:an?|the|their|its)\s+)?(?:(?:very|fairly|quite|well|relatively)\s+)?(${STAGE_WORD})(?:[- ]stages?|\s+(?:stage|phase)s?)?\b` +
    String.raw`|\b(?:described as|characteri[sz]ed as)\s+(${STAGE_WORD})(?:[- ]stage)?\b`,
  'g',
);
/** Words for the same stage, as the sources name it: early talks are preliminary ones. */
const STAGE_NAMES: Record<string, string> = {
  early: 'preliminary',
  initial: 'preliminary',
  exploratory: 'preliminary',
  nascent: 'preliminary',
  late: 'advanced',
  final: 'advanced',
};

/** "in advanced talks", "preliminary discussions": the stage of talks, about the company that is in them. */
function extractTalksStage(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  if (!mayNameTalks(ctx.lower)) return out;
  STAGE.lastIndex = 0;
  for (let m = STAGE.exec(ctx.lower); m; m = STAGE.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const actor = actorBefore(ctx, start);
    // "The exploratory negotiations between Amazon and OpenAI": with no one before, the companies named after them.
    const between = actor ? [] : ctx.mentions.filter((x) => x.start >= start && isCompany(x));
    const parties = subjectOrInferred(ctx, actor ?? between[0]);
    const target = ctx.mentions.find(
      (x) =>
        x.start >= (actor ? start + m[0].length : start) &&
        x.kind !== 'person' &&
        !isPublication(x) &&
        x.id !== parties.subject,
    );
    const stage = (m[1] ?? m[2] ?? m[3])!;
    out.push(
      phraseClaim(ctx, 'talks-stage', start, start + m[0].length, {
        ...parties,
        object: target?.id,
        detail: STAGE_NAMES[stage] ?? stage,
      }),
    );
  }
  return out;
}
export const talksStage: RelationModule = {
  relation: 'talks-stage',
  label: 'Stage of talks',
  noun: 'stage of talks',
  map: { edge: 'investment', what: 'talks', rank: 6 },
  policy: { described: true, symmetric: true },
  extract: extractTalksStage,
};
