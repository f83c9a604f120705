import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';
import { FUNDING_WORDS, wholeWords } from '../funding-words';

// A sentence that may list who takes part in a round: one that names the round (the shared funding words) or the
// fund, the investors or the talks around it. Only tested for, so "funding round" needs no entry beside "funding".
const ROUND = new RegExp(
  wholeWords([
    ...FUNDING_WORDS,
    'fund',
    'investors?',
    'contributors',
    'backers',
    'participat\\w*',
    'tranche',
    'capital',
    'talks',
    'conversations',
  ]),
);
const INCLUDE =
  /\b(?:includ\w*|such as|participat\w*|among|joining|joins?|involving|involve|from|in talks|considering|evaluating|contributors|backers|alongside|co-led|led by)\b/;
// Between two names of a list: commas, "and", "&", and names DealLens does not know ("Thrive Capital, Dragoneer
// Investment Group, Abu Dhabi-backed MGX"). Only short stretches are tried: a list is written in one breath.
const LIST_GLUE =
  /^(?:\s?\([^()]{1,12}\))?(?:\s?,\s?(?:and\s)?|\sand\s|\s?&\s?)(?:[A-Z][\w.&'’-]*(?:\s|,\s?(?:and\s)?))*$/;
const MAX_GLUE = 80;
/** A run of capitalised names and commas at the end of a text: "Andreessen Horowitz, D. E. Shaw Ventures, ". */
const UNKNOWN_NAMES = /(?:[A-Z][\w.&'’-]*[ ,]+(?:and )?){1,8}$/;

/**
 * "investors ... including Nvidia and SoftBank": a list of companies taking part in a round. One claim per list; a
 * company that the sentence gives its own figure ("SoftBank, which is considering up to $30bn") is left to that claim.
 */
function extractParticipants(ctx: SentenceContext, investedCompanies: Set<string>): Claim[] {
  if (!ctx.mentions.some(isCompany) || !ROUND.test(ctx.lower) || !INCLUDE.test(ctx.lower)) return [];
  const companies = ctx.mentions.filter(
    (m) =>
      isCompany(m) &&
      !m.generic &&
      !/\b(?:in|into|for|of|with)\s+$/.test(ctx.lower.slice(Math.max(0, m.start - ctx.start - 6), m.start - ctx.start)),
  );
  const lists: Mention[][] = [];
  for (const m of companies) {
    const current = lists[lists.length - 1];
    const last = current?.[current.length - 1];
    if (
      last &&
      m.start - last.end <= MAX_GLUE &&
      LIST_GLUE.test(ctx.sentence.slice(last.end - ctx.start, m.start - ctx.start))
    )
      current.push(m);
    else lists.push([m]);
  }
  const out: Claim[] = [];
  for (const list of lists) {
    const ids = [...new Set(list.map((m) => m.id))].filter((id) => !investedCompanies.has(id));
    if (ids.length === 0) continue;
    // A lone company counts only where the words right before it introduce participants.
    // The introducing words may come before names DealLens does not know ("alongside Andreessen Horowitz, MGX"):
    // those are set aside before the test.
    const written = ctx.sentence.slice(Math.max(0, list[0]!.start - ctx.start - 90), list[0]!.start - ctx.start);
    const lead = written.replace(UNKNOWN_NAMES, '').toLowerCase();
    const introduced =
      /\b(?:includ\w*|such as|among them|involving|joined by|as are|as is|along with|alongside|together with|co-led by|led by)\s*(?:[\w’'-]+\s+){0,2}$/.test(
        lead,
      ) || /\b(?:investors?|investments?|funding|backers|capital)\s+from\s*$/.test(lead);
    // A company name used as a modifier ("Amazon CEO Andy Jassy", "AWS AI services") is not a participant.
    if (
      !/^(?:\s*[,.;:)—–]|\s+(?:and|are|were|is|has|have|had|as|in|to|for|with|among|also|could|would|may|might|the|—|-|participat\w*|joins?|joined|invested|contributed|plans?|agreed)\b|\s*$)/.test(
        ctx.sentence.slice(list[list.length - 1]!.end - ctx.start),
      )
    )
      continue;
    const joins = /^[^;]{0,90}?\b(?:are among|among the|participat\w*|join\w*|also in talks|considering)\b/.test(
      ctx.lower.slice(list[list.length - 1]!.end - ctx.start),
    );
    if (!introduced && !joins) continue;
    // "stakes in its existing investments, including Nvidia": companies invested in, not investors.
    if (
      /\b(?:investments|holdings|stakes|portfolio|portfolio companies|bets)\s*,?\s*(?:includ\w*|such as)\s*$/.test(lead)
    )
      continue;
    out.push({
      ...phraseClaim(ctx, 'participants', list[0]!.start, list[list.length - 1]!.end, {
        subject: ids[0],
        others: ids.slice(1),
      }),
    });
  }
  return out;
}

export const participants: RelationModule = {
  relation: 'participants',
  label: 'Round participants',
  noun: 'part in a funding round',
  map: { edge: 'investment', what: 'joining round', rank: 3 },
  policy: { existence: true },
  late: true,
  extract: (ctx, _roles, found) =>
    extractParticipants(ctx, new Set(found.filter((c) => c.relation === 'investment').map((c) => c.subject!))),
};
