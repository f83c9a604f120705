import { firstMentionFrom, perSentence, type SentenceContext } from '../context';
import { isCompany, type Mention } from '../../entities/mentions';
import { entityById } from '../../entities/catalogue';
import { lowerBound } from '../../lower-bound';

/**
 * A round named as a thing: "round", "raise", "funding", "fundraising", "mega-round". "raise" after "to" is the verb
 * ("to raise debt"), not a round. Global, lower case.
 */
const ROUND_NOUN = /\b(?:mega-)?(?:round|funding|fundrais\w*|fund-rais\w*|(?<!\bto )raise)\b/g;

// Between a startup and the round it raises: a possessive and up to three words ("OpenAI's $100 billion round", "the
// xAI raise", "Anthropic's new funding"); or, after the round, "for"/"of"/"that" ("a round for Anthropic", "the round
// Anthropic is raising").
const OWNER_BEFORE = /^(?:['’]s)?(?:\s+[\w$’'.-]+){0,3}\s+$/;
const OWNER_AFTER = /^\s+(?:(?:for|of|by|that|which)\s+)?$/;
const BEFORE_REACH = 40;
const AFTER_REACH = 12;

interface OwnedRound {
  /** Offset of the round noun in the document. */
  at: number;
  owner: Mention;
}

/** Each round noun of the sentence named with the startup that raises it, in order. */
const ownedRounds = perSentence((ctx): OwnedRound[] => {
  const out: OwnedRound[] = [];
  ROUND_NOUN.lastIndex = 0;
  for (let r = ROUND_NOUN.exec(ctx.lower); r; r = ROUND_NOUN.exec(ctx.lower)) {
    const start = ctx.start + r.index;
    const end = start + r[0].length;
    // Only the mentions within reach of the noun are looked at: a long run of names costs one window each.
    for (let i = firstMentionFrom(ctx, start - BEFORE_REACH); i < ctx.mentions.length; i++) {
      const m = ctx.mentions[i]!;
      if (m.start > end + AFTER_REACH) break;
      if (!isCompany(m) || entityById(m.id)?.startup !== true) continue;
      const owns =
        (m.end <= start && OWNER_BEFORE.test(ctx.doc.text.slice(m.end, start))) ||
        (m.start >= end && OWNER_AFTER.test(ctx.lower.slice(end - ctx.start, m.start - ctx.start)));
      if (owns) out.push({ at: start, owner: m });
    }
  }
  return out;
});

const MAX_STEPS = 8;

/**
 * The startup whose round is meant where the sentence names one with a round noun: the one nearest to `at`, leaving
 * out the companies of `skip` (the participants themselves). Taking part in "Anthropic's new round" is taking part in
 * Anthropic's round, whatever else the sentence says.
 */
export function roundOwner(ctx: SentenceContext, at: number, skip: ReadonlySet<Mention>): string | undefined {
  const rounds = ownedRounds(ctx);
  if (rounds.length === 0) return undefined;
  const i = lowerBound(rounds.length, (k) => rounds[k]!.at < at);
  let best: OwnedRound | undefined;
  // Outward from the nearest on either side, a few steps at most: only a run of skipped owners is passed over.
  for (const [from, step] of [
    [i - 1, -1],
    [i, 1],
  ] as const) {
    for (let k = from, n = 0; k >= 0 && k < rounds.length && n < MAX_STEPS; k += step, n++) {
      const r = rounds[k]!;
      if (skip.has(r.owner)) continue;
      if (!best || Math.abs(r.at - at) < Math.abs(best.at - at)) best = r;
      break;
    }
  }
  return best?.owner.id;
}

/**
 * The startup whose round the sentence before names, for a sentence that goes on about it without naming it ("OpenAI
 * is raising a new round. Nvidia could take part."): the round's owner, else the last startup that sentence names.
 */
export function roundBefore(ctx: SentenceContext): string | undefined {
  const before = ctx.previous;
  if (!before) return undefined;
  ROUND_NOUN.lastIndex = 0;
  if (!ROUND_NOUN.test(before.lower)) return undefined;
  const owner = roundOwner(before, before.end, new Set());
  if (owner) return owner;
  return before.mentions.findLast((m) => isCompany(m) && entityById(m.id)?.startup === true)?.id;
}
