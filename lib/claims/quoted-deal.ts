import type { Quantity } from './types';
import { mentionFrom, perSentence, type SentenceContext } from './context';
import { isCompany, type Mention } from '../entities/mentions';
import { entityById } from '../entities/catalogue';

/**
 * A money figure in a quotation that only its attribution ties to a deal, with the deal's parties: an investment from
 * `investor` in `target`, or the size of the round `target` raises.
 */
export interface QuotedDeal {
  role: 'investment' | 'round-size';
  investor?: Mention;
  target: Mention;
}

const OPENING = /^\s*["“]/;
const CLOSING = /["”]/;
/** "a person close to Amazon said of the OpenAI talks": the attribution names the deal after "said of". */
const SAID_OF = /\b(?:said|says|added|noted|remarked)\s+of\s+(?:the|its|their)\s+/;
/** Nouns for a company's investment in a startup, as an attribution names it. */
const DEAL_NOUNS = String.raw`(?:talks|negotiations|discussions|deal|investment|stake|bet)`;
/** Nouns for a startup's funding round. */
const ROUND_NOUNS = String.raw`(?:(?:funding |financing )?round|raise|fundraise|fundraising)`;
/** "of the OpenAI talks", "of the OpenAI round": the company, then the noun (group 1: a round's). */
const COMPANY_THEN_DEAL = new RegExp(String.raw`^\s+(?:${DEAL_NOUNS}|(${ROUND_NOUNS}))\b`);
/** "of the talks with OpenAI": the deal noun, then "with" and the company. */
const DEAL_THEN_COMPANY = new RegExp(String.raw`^${DEAL_NOUNS}\s+with\s+$`);
/** "of the new round", "of the fundraising": a round the speaker's company raises. */
const OWN_ROUND = new RegExp(String.raw`^(?:(?:new|latest|current|planned|proposed|upcoming)\s+)?${ROUND_NOUNS}\b`);
/** The figure goes somewhere or is counted against something the quote names: "$50 billion on hurricanes". */
const OWN_OBJECT = /^\s+(?:on|for|in|into|to|from|of|with|over|at|a|per|each|toward|towards)\b/;
/** An increment or a part is not the deal's figure. */
const INCREMENT = /\b(?:another|additional|more|extra|further|other|part|half|first|tranche)\b/;

const isStartup = (id: string) => entityById(id)?.startup === true;

/**
 * The quotation opening the sentence (offsets into it) and the deal its attribution names, worked out once per
 * sentence: a quote with an increment or a company inside it, or an attribution naming no deal, gives none.
 */
const quotedSentence = perSentence((ctx): { start: number; end: number; deal: QuotedDeal } | undefined => {
  const open = OPENING.exec(ctx.sentence);
  if (!open) return undefined;
  const start = open[0].length;
  const close = CLOSING.exec(ctx.sentence.slice(start));
  if (!close) return undefined;
  const end = start + close.index;
  if (INCREMENT.test(ctx.lower.slice(start, end))) return undefined;
  if (ctx.mentions.some((m) => m.start - ctx.start < end && isCompany(m))) return undefined;
  const said = SAID_OF.exec(ctx.lower.slice(end, end + 160));
  if (!said) return undefined;
  const saidAt = ctx.start + end + said.index;
  const speakers = ctx.mentions.filter((m) => m.start > ctx.start + end && m.end <= saidAt && isCompany(m));
  const speaker = speakers.length === 1 ? speakers[0]! : undefined;
  const deal = speaker && attributedDeal(ctx, saidAt + said[0].length, speaker);
  return deal && { start, end, deal };
});

/**
 * "We are looking at fifty billion dollars," one person close to Amazon said of the OpenAI talks: a figure in a quote
 * with no word of its own about what it is (no cue word, no object, no increment, no company), whose attribution names
 * a company's talks, deal or stake, is the figure of that deal; one whose attribution names a startup's round is that
 * round's size. The company the speaker is close to and the one naming the deal are its parties. `cueFree` says
 * whether a stretch of the sentence holds no relation's cue word.
 */
export function quotedDeal(
  ctx: SentenceContext,
  q: Quantity,
  cueFree: (from: number, to: number) => boolean,
): QuotedDeal | undefined {
  const quoted = quotedSentence(ctx);
  const s = q.start - ctx.start;
  const e = q.end - ctx.start;
  if (!quoted || s < quoted.start || e > quoted.end) return undefined;
  if (OWN_OBJECT.test(ctx.lower.slice(e, Math.min(quoted.end, e + 12))) || !cueFree(quoted.start, quoted.end))
    return undefined;
  return quoted.deal;
}

/**
 * The deal named right after "said of the": "OpenAI talks" or "talks with OpenAI" (the startup of it and the speaker's
 * company is invested in), "OpenAI round", or "new round" where the speaker's company is a startup.
 */
function attributedDeal(ctx: SentenceContext, at: number, speaker: Mention): QuotedDeal | undefined {
  const m = mentionFrom(ctx, at, isCompany, at + 40);
  const between = ctx.lower.slice(at - ctx.start, m ? m.start - ctx.start : at - ctx.start + 40);
  if (!m) return OWN_ROUND.test(between) && isStartup(speaker.id) ? { role: 'round-size', target: speaker } : undefined;
  const after =
    between === '' ? COMPANY_THEN_DEAL.exec(ctx.lower.slice(m.end - ctx.start, m.end - ctx.start + 40)) : null;
  if (after?.[1] !== undefined) return isStartup(m.id) ? { role: 'round-size', target: m } : undefined;
  if (!after && !DEAL_THEN_COMPANY.test(between)) return undefined;
  if (m.id === speaker.id || isStartup(m.id) === isStartup(speaker.id)) return undefined;
  return isStartup(m.id)
    ? { role: 'investment', investor: speaker, target: m }
    : { role: 'investment', investor: m, target: speaker };
}
