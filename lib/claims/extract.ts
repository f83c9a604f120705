import type { Claim } from './types';
import { entityById } from '../entities/catalogue';
import { buildSentence, companiesOf, dominantCompany, type DocumentContext, type SentenceContext } from './context';
import { figureKey, referBack, restatements } from './restatements';
import { moneyRoles } from './money-role';
import { splitSentences } from '../text/sentences';
import { namesAnyone } from './unnamed';
import { latestDateMentioned } from '../text/dates';
import { RELATION_MODULES } from './relations/index';
import { mayNameTalks } from './relations/talks-stage';

const FIRST = RELATION_MODULES.filter((m) => !m.late);
const LATE = RELATION_MODULES.filter((m) => m.late);

export interface ExtractOptions {
  documentDate?: string;
}

/** The checkable claims of a text, in order, with spans into it. Pure; never throws on any string. */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const doc: DocumentContext = {
    text,
    date: options.documentDate ?? latestDateMentioned(text),
    subject: dominantCompany(text),
    unnamed: !namesAnyone(text),
  };
  const claims: Claim[] = [];
  // The claims tied to each figure, in order, for restatements.
  const figures = new Map<string, Claim[]>();
  let previous: string[] = [];
  let recentStartup: string | undefined;
  let before: SentenceContext | undefined;
  for (const span of splitSentences(text)) {
    if (before) before.previous = undefined;
    const ctx = buildSentence(doc, span.start, span.end, previous, recentStartup, before);
    before = ctx;
    const companies = companiesOf(ctx);
    // A sentence with no name and no figure can still state the stage of the talks the article is about.
    if (ctx.mentions.length === 0 && ctx.quantities.length === 0 && !mayNameTalks(ctx.lower)) continue;
    const roles = moneyRoles(ctx);
    const found: Claim[] = [];
    for (const m of FIRST) for (const c of m.extract(ctx, roles, found)) found.push(c);
    found.push(...restatements(ctx, roles, found, figures));
    for (const m of LATE) found.push(...m.extract(ctx, roles, found));
    const kept = dropOverlaps(referBack(ctx, companies, found, figures));
    // Nothing in the text names the subject: the judge may guess it from the facts the figure matches.
    if (doc.unnamed) for (const c of kept) if (!c.subject) c.unnamedText = true;
    for (const c of kept)
      if (c.subject && !c.inferred && c.value?.kind === 'money' && !c.value.vague) {
        const key = figureKey(c.value);
        const list = figures.get(key);
        if (list) list.push(c);
        else figures.set(key, [c]);
      }
    claims.push(...kept);
    // A company guessed in a text that names none ("the retailer") is no name for the next sentence to go on from.
    if (doc.unnamed) continue;
    if (companies.length) previous = companies;
    recentStartup = [...companies].reverse().find((id) => entityById(id)?.startup) ?? recentStartup;
  }
  return claims;
}

/** Where two claims cover the same words, keep the earlier-listed relation's: one badge per stretch of text. */
function dropOverlaps(claims: Claim[]): Claim[] {
  const kept: Claim[] = [];
  for (const c of claims) {
    if (kept.some((k) => c.start < k.end && k.start < c.end && c.relation === k.relation)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
