import type { Quantity } from './types';
import { mentionFrom, perSentence, type SentenceContext } from './context';
import { isCompany, type Mention } from '../entities/mentions';
import { entityById } from '../entities/catalogue';

/** A money figure in a quotation that only its attribution ties to a deal, with the deal's parties. */
export interface QuotedDeal {
  investor: Mention;
  target: Mention;
}

const OPENING = /^\s*["“]/;
const CLOSING = /["”]/;
/** "a person close to Amazon said of the OpenAI talks": the attribution names the deal after "said of". */
const SAID_OF = /\b(?:said|says|added|noted|remarked)\s+of\s+(?:the|its|their)\s+/;
/** Nouns for a company's investment in a startup, as an attribution names it. */
const DEAL_NOUNS = String.raw`(?:talks|negotiations|discussions|deal|investment|stake|bet)`;
/** "of the OpenAI talks", "of the Amazon investment": the company, then the deal noun. */
const COMPANY_THEN_DEAL = new RegExp(String.raw`^\s+${DEAL_NOUNS}\b`);
/** "of the talks with OpenAI": the deal noun, then "with" and the company. */
const DEAL_THEN_COMPANY = new RegExp(String.raw`^${DEAL_NOUNS}\s+with\s+$`);
/** The figure goes somewhere or is counted against something the quote names: "$50 billion on hurricanes". */
const OWN_OBJECT = /^\s+(?:on|for|in|into|to|from|of|with|over|at|a|per|each|toward|towards)\b/;
/** An increment or a part is not the deal's figure. */
const INCREMENT = /\b(?:another|additional|more|extra|further|other|part|half|first|tranche)\b/;

const isStartup = (id: string) => entityById(id)?.startup === true;

/**
 * The quotation opening the sentence (offsets into it) and the deal its attribution names, worked out once per
 * sentence: a quote with an increment or a company inside it, or an attribution naming no deal, gives none.
 */
const quotedSentence = perSentence((ctx): ({ start: number; end: number } & QuotedDeal) | undefined => {
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
  const deal = dealCompany(ctx, saidAt + said[0].length);
  if (!speaker || !deal || deal.id === speaker.id || isStartup(deal.id) === isStartup(speaker.id)) return undefined;
  return isStartup(deal.id)
    ? { start, end, investor: speaker, target: deal }
    : { start, end, investor: deal, target: speaker };
});

/**
 * "We are looking at fifty billion dollars," one person close to Amazon said of the OpenAI talks: a figure in a quote
 * with no word of its own about what it is, whose attribution names a company's talks, deal or stake, is the figure of
 * that deal. The company the speaker is close to and the one naming the deal are its parties, the startup of the two
 * being the one invested in. `cueFree` says whether a stretch of the sentence holds no relation's cue word.
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
  return { investor: quoted.investor, target: quoted.target };
}

/** The company naming the deal right after "said of the": "OpenAI talks", "talks with OpenAI". */
function dealCompany(ctx: SentenceContext, at: number): Mention | undefined {
  const m = mentionFrom(ctx, at, isCompany, at + 40);
  if (!m) return undefined;
  const between = ctx.lower.slice(at - ctx.start, m.start - ctx.start);
  if (between === '' && COMPANY_THEN_DEAL.test(ctx.lower.slice(m.end - ctx.start, m.end - ctx.start + 40))) return m;
  return DEAL_THEN_COMPANY.test(between) ? m : undefined;
}
