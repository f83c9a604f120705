import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';
import { FUNDING_WORDS, wholeWords } from '../funding-words';
import { roundBefore, roundOwner } from './round-owner';
import { OBJECT_WORD, takesPartAfter } from './taking-part';

// A sentence that may list who takes part in a round: one that names the round (the shared funding words) or the
// fund, the investors or the talks around it. Only tested for, so "funding round" needs no entry beside "funding".
const ROUND = new RegExp(
  wholeWords([
    ...FUNDING_WORDS,
    'fund',
    'investors?',
    'contributors',
    'backers',
    'participa\\w*',
    'tranche',
    'capital',
    'talks',
    'conversations',
  ]),
);
const INCLUDE =
  /\b(?:includ\w*|such as|participat\w*|among|joining|joins?|involving|involve|from|joined by|in talks|considering|evaluating|contributors|backers|alongside|co-led|led by|draws?|attracts?|features?|brings? in|lures?|met|meet\w*|talk\w*|spoke|speaking|discussions|negotiat\w*)\b/;
// Between two names of a list: commas, "and", "&", and names DealLens does not know ("Thrive Capital, Dragoneer
// Investment Group, Abu Dhabi-backed MGX"). Only short stretches are tried: a list is written in one breath.
const LIST_GLUE =
  /^(?:\s?\([^()]{1,12}\))?(?:\s?,\s?(?:and\s)?|\sand\s|\s?&\s?)(?:[A-Z][\w.&'’-]*(?:\s|,\s?(?:and\s)?))*$/;
const MAX_GLUE = 80;
/** A run of capitalised names and commas at the end of a text: "Andreessen Horowitz, D. E. Shaw Ventures, ". */
const UNKNOWN_NAMES = /(?:[A-Z][\w.&'’-]*[ ,]+(?:and )?){1,8}$/;

// Words that introduce the participants after them. Either a listing word ("including", "led by", "participation
// from"), or a verb whose subject is the round itself ("OpenAI's round could also draw Nvidia", "the raise may feature").
const INTRODUCED =
  /\b(?:includ\w*|such as|among them|involving|joined by|as are|as is|along with|alongside|together with|co-led by|led by|(?:participation|involvement) (?:from|of|by))\s*(?:[\w’'-]+\s+){0,2}$/;
const ROUND_DRAWS =
  /\b(?:round|raise|funding|fundrais\w*)(?:\s+[\w’'-]+){0,3}\s+(?:draws?|attracts?|features?|brings? in|lures?)\s+(?:[\w’'-]+\s+)?$/;
const FROM_INVESTORS = /\b(?:investors?|investments?|funding|backers|capital)\s+from\s*$/;
// "held talks with Microsoft about the round", "has met Gulf funds over the raise": talks about the round with them.
const TALKS_WITH =
  /\b(?:met|meet|meets|meeting|talks|talked|talking|spoke|speaking|discussions|negotiations|negotiating)(?:\s+with)?\s*$/;
const ABOUT_ROUND = new RegExp(
  `^\\s+(?:about|over|on|regarding|concerning)(?:\\s+${OBJECT_WORD}){0,3}?\\s+(?:round|raise|funding|fundrais\\w*)\\b`,
);
// The words after a list that show it names companies, not modifiers ("Amazon CEO Andy Jassy", "AWS AI services").
const AFTER_NAME =
  /^(?:\s*[,.;:)—–]|\s+(?:and|are|were|is|has|have|had|as|in|to|for|with|among|also|too|again|could|would|may|might|the|—|-|participat\w*|joins?|joined|invested|contributed|plans?|agreed)\b|\s*$)/;
const JOINS = /^([^;]{0,90}?)\b(?:are among|among the|participat\w*|join\w*|also in talks|considering)\b/;
const JOINED_BY = /\bjoined by\s*$/;
const CLAUSE_END = /^\s*(?:[,.;:!?)—–]|$|(?:too|as well|also)\b)/;
// Words that deny taking part, or doubt it too strongly to count as talks: "is unlikely to join", "decided against".
const NEGATED =
  /\b(?:not|never|no|unlikely|against|declin\w*|refus\w*|rule[sd]? out|ruling out|(?:stay|sit)\w* out|pass\w* on|instead of|rather than)\b|n['’]t\b/;
// "stakes in its existing investments, including Nvidia": companies invested in, not investors.
const HOLDINGS =
  /\b(?:investments|holdings|stakes|portfolio|portfolio companies|bets)\s*,?\s*(?:includ\w*|such as)\s*$/;

/**
 * "investors ... including Nvidia and SoftBank", "Nvidia is weighing joining OpenAI's round": companies taking part in
 * a round. One claim per list; a company that the sentence gives its own figure ("SoftBank, which is considering up to
 * $30bn") is left to that claim. The round is the startup's that the sentence names with it ("Anthropic's new round"),
 * so taking part in another startup's round supports nothing about OpenAI's.
 */
function extractParticipants(ctx: SentenceContext, investedCompanies: Set<string>): Claim[] {
  if (!ctx.mentions.some(isCompany)) return [];
  // A sentence that names no round may go on about the one the sentence before names.
  const continued = ROUND.test(ctx.lower) ? undefined : roundBefore(ctx);
  if (!continued && !ROUND.test(ctx.lower)) return [];
  const mayList = INCLUDE.test(ctx.lower);
  const companies = ctx.mentions.filter((m) => isCompany(m) && !m.generic && !marksObject(ctx, m));
  const out: Claim[] = [];
  for (const list of listsOf(ctx, companies)) {
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const lastEnd = last.end - ctx.start;
    const taking = takesPartAfter(ctx.lower.slice(lastEnd, lastEnd + 160));
    const listed = continued ? joinedGoingOn(ctx, first, last) : mayList && listedAsParticipants(ctx, first, last);
    if (taking === undefined && !listed) continue;
    const members = new Set(list);
    const owner = continued ?? roundOwner(ctx, taking === undefined ? last.end : last.end + taking, members);
    const ids = [...new Set(list.map((m) => m.id))].filter((id) => !investedCompanies.has(id) && id !== owner);
    if (ids.length === 0) continue;
    out.push(
      phraseClaim(ctx, 'participants', first.start, last.end, {
        subject: ids[0],
        others: ids.slice(1),
        ...(owner ? { object: owner } : {}),
      }),
    );
  }
  return out;
}

/**
 * "It would be joined by Nvidia", "The Japanese group would be joined by Nvidia and Microsoft", after a sentence about
 * a round: whoever joins a company of the sentence before (or "it", "they") joins it in that round. The list must end
 * the clause: "joined by Nvidia in a chip venture" is joining something else.
 */
function joinedGoingOn(ctx: SentenceContext, first: Mention, last: Mention): boolean {
  const lead = ctx.lower.slice(0, first.start - ctx.start);
  const joined = JOINED_BY.exec(lead);
  if (!joined || NEGATED.test(lead)) return false;
  const subject = ctx.mentions.find((m) => m.start < ctx.start + joined.index);
  const named = subject ? ctx.previousCompanies.includes(subject.id) : /^\W*(?:it|they)\b/.test(lead);
  return named && CLAUSE_END.test(ctx.lower.slice(last.end - ctx.start));
}

/** A name after "in", "for", "of" is what something is in or for; after "with", unless talks are held with it. */
function marksObject(ctx: SentenceContext, m: Mention): boolean {
  const before = ctx.lower.slice(Math.max(0, m.start - ctx.start - 24), m.start - ctx.start);
  if (/\b(?:in|into|for|of)\s+$/.test(before)) return true;
  return /\bwith\s+$/.test(before) && !TALKS_WITH.test(before);
}

/** The companies of the sentence in runs written as one list ("Amazon, Nvidia and SoftBank"). */
function listsOf(ctx: SentenceContext, companies: Mention[]): Mention[][] {
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
  return lists;
}

/** Whether the words around a list name it as a round's participants: "including X", "X are among the investors". */
function listedAsParticipants(ctx: SentenceContext, first: Mention, last: Mention): boolean {
  // The introducing words may come before names DealLens does not know ("alongside Andreessen Horowitz, MGX"):
  // those are set aside before the test.
  const written = ctx.sentence.slice(Math.max(0, first.start - ctx.start - 90), first.start - ctx.start);
  const lead = written.replace(UNKNOWN_NAMES, '').toLowerCase();
  // The words that can tell, at most: a long sentence is not copied once per list.
  const after = ctx.lower.slice(last.end - ctx.start, last.end - ctx.start + 200);
  if (HOLDINGS.test(lead)) return false;
  if (TALKS_WITH.test(lead) && ABOUT_ROUND.test(after)) return true;
  // A lone company counts only where the words right before it introduce participants.
  const introduced = INTRODUCED.test(lead) || ROUND_DRAWS.test(lead) || FROM_INVESTORS.test(lead);
  if (!AFTER_NAME.test(after)) return false;
  if (introduced) return !NEGATED.test(lead.slice(-40));
  const joins = JOINS.exec(after);
  return joins !== null && !NEGATED.test(joins[1]!);
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
