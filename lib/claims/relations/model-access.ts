import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import { firstMentionFrom, mentionFrom, type SentenceContext } from '../context';
import { phraseClaim, subjectOrInferred } from '../parties';
import { isCompany, type Mention } from '../../entities/mentions';

const EMPLOYEES = /\b(?:employees|workforce|staff|workers)\b[^.;]{0,40}?\b(?:access|use)\b/g;

/** "Amazon employees might be able to access and use those models": staff access to another company's models. */
function extractModelAccess(ctx: SentenceContext): Claim[] {
  if (!ctx.lower.includes('model') || !/\bmodels?\b/.test(ctx.lower)) return [];
  const out: Claim[] = [];
  let models: Mention | null | undefined;
  EMPLOYEES.lastIndex = 0;
  for (let m = EMPLOYEES.exec(ctx.lower); m; m = EMPLOYEES.exec(ctx.lower)) {
    const start = ctx.start + m.index;
    const owner = [...ctx.mentions].reverse().find((x) => x.end <= start && isCompany(x) && start - x.end < 3);
    const parties = subjectOrInferred(ctx, owner);
    const claimStart = owner ? owner.start : start;
    models ??= modelsOwner(ctx) ?? null;
    const object = models && models.id !== parties.subject ? { object: models.id } : {};
    out.push(
      phraseClaim(ctx, 'model-access', claimStart, start + m[0].length, { ...parties, ...object, detail: 'employees' }),
    );
  }
  return out.length ? out : staffGetModels(ctx);
}

// A company's staff: "Amazon employees", "Amazon's workforce", "employees at Amazon".
const STAFF = /\b(?:employees?|workforce|staff|workers?|engineers)\b/g;
const STAFF_OF_AFTER = /^\s+(?:at|of)\s+$/;
// A company's models: "OpenAI's models", "OpenAI models", "the models of OpenAI", "models from OpenAI".
const MODELS = /\bmodels\b/g;
const MODELS_OF_AFTER = /^\s+(?:of|from|by)\s+$/;
// Getting to use them: "access", "use", "available to", "get", "tap", "offered to".
const ACCESS =
  /\b(?:access|use|using|available|get|gets|getting|gain|gains|tap|offered|offer|open(?:ed)? up)\b|\bmade available\b/;
/** How far apart, in characters, the staff and the models may be named. */
const MAX_GAP = 70;
const POSSESSIVE_GAP = /^(?:['’]s?)?\s+(?:own\s+|ai\s+|internal\s+)?$/;

/** The company right before a word ("Amazon's employees", "OpenAI models") or named by "at/of/from" right after it. */
function ownerOf(ctx: SentenceContext, from: number, to: number, after: RegExp): Mention | undefined {
  const before = companyEndingBefore(ctx, from);
  if (before && POSSESSIVE_GAP.test(ctx.lower.slice(before.end - ctx.start, from - ctx.start))) return before;
  const next = mentionFrom(ctx, to, isCompany, to + 8);
  return next && after.test(ctx.lower.slice(to - ctx.start, next.start - ctx.start)) ? next : undefined;
}

/** The last company mention ending at or before `pos`, found from the mentions sorted by start. */
function companyEndingBefore(ctx: SentenceContext, pos: number): Mention | undefined {
  for (let i = firstMentionFrom(ctx, pos) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end <= pos && isCompany(m)) return m;
    if (pos - m.end > 40) return undefined;
  }
  return undefined;
}

function spans(re: RegExp, lower: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The company whose models the sentence names ("OpenAI's models", "models from OpenAI"), if one. */
function modelsOwner(ctx: SentenceContext): Mention | undefined {
  for (const [s, e] of spans(MODELS, ctx.lower)) {
    const owner = ownerOf(ctx, ctx.start + s, ctx.start + e, MODELS_OF_AFTER);
    if (owner) return owner;
  }
  return undefined;
}

/**
 * "OpenAI's models could be made available to Amazon's employees", "Amazon Workers May Get OpenAI Models": one
 * company's staff and another's models, close together, with a word of access between or just before them. Both
 * owners must be named beside their nouns.
 */
function staffGetModels(ctx: SentenceContext): Claim[] {
  const models = spans(MODELS, ctx.lower).flatMap(([ms, me]) => {
    const owner = ownerOf(ctx, ctx.start + ms, ctx.start + me, MODELS_OF_AFTER);
    return owner ? [{ ms, me, owner }] : [];
  });
  if (models.length === 0) return [];
  // Both lists are in text order: the models within reach of a staff word start at `first` and move forward with it.
  let first = 0;
  for (const [s, e] of spans(STAFF, ctx.lower)) {
    while (first < models.length && models[first]!.ms < s - MAX_GAP) first++;
    const staffOwner = ownerOf(ctx, ctx.start + s, ctx.start + e, STAFF_OF_AFTER);
    if (!staffOwner) continue;
    for (let i = first; i < models.length && models[i]!.ms <= s + MAX_GAP; i++) {
      const { ms, me, owner: modelOwner } = models[i]!;
      if (modelOwner.id === staffOwner.id) continue;
      const from = Math.min(staffOwner.start, modelOwner.start, ctx.start + s, ctx.start + ms);
      const to = Math.max(staffOwner.end, modelOwner.end, ctx.start + e, ctx.start + me);
      const lead = ctx.lower.slice(Math.max(0, from - ctx.start - 30), from - ctx.start);
      if (!ACCESS.test(ctx.lower.slice(from - ctx.start, to - ctx.start)) && !ACCESS.test(lead)) continue;
      return [
        phraseClaim(ctx, 'model-access', from, to, {
          subject: staffOwner.id,
          object: modelOwner.id,
          inferred: false,
          detail: 'employees',
        }),
      ];
    }
  }
  return [];
}

export const modelAccess: RelationModule = {
  relation: 'model-access',
  label: 'Use of models',
  noun: 'use of models',
  map: { edge: 'agreement', what: 'model access', rank: 10 },
  policy: { existence: true },
  extract: extractModelAccess,
};
