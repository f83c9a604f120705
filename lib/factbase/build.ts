import type { Claim } from '../claims/types';
import { extractClaims } from '../claims/extract';
import { policyOf } from '../claims/relations/index';
import { splitSentences } from '../text/sentences';
import { IGNORED, PARTY_FIXES, SHELLS, TOPICS, type ClaimRef, type FactShell } from './curation';
import {
  factBaseSchema,
  type Fact,
  type FactBase,
  type FactValue,
  type FactVersion,
  type Provenance,
  type Source,
} from './schema';

export interface SourceDocument {
  meta: Source;
  text: string;
}

export interface BuildResult {
  factBase: FactBase;
  /** Extracted source claims that no shell takes and that are not listed as ignored: the curation must say. */
  unmapped: string[];
  /** Source claims that more than one shell would take. */
  ambiguous: string[];
  /** Shells no source claim supports. */
  empty: string[];
}

const refers = (ref: ClaimRef, source: string, c: Claim) =>
  ref.source === source &&
  ref.text === c.text &&
  ref.relation === c.relation &&
  (!ref.subject || ref.subject === c.subject);

/** Two figures are one version when they are the same number as written, whatever the qualifier ("up to $50B" = "$50bn"). */
export function sameFigure(a: FactValue, b: FactValue): boolean {
  if (a.kind !== b.kind) return false;
  if ((a.high ?? a.value) !== (b.high ?? b.value) && (a.high !== undefined || b.high !== undefined)) return false;
  return Math.abs(a.value - b.value) <= Math.abs(b.value) * 1e-6;
}

function takes(shell: FactShell, c: Claim): boolean {
  const relationOk = c.relation === shell.relation || shell.alsoFrom?.includes(c.relation);
  if (!relationOk || c.subject !== shell.subject) return false;
  if (shell.object && c.object && c.object !== shell.object) return false;
  if (
    c.relation === shell.relation &&
    shell.expect &&
    (!c.value ||
      c.value.kind !== shell.expect.kind ||
      Math.abs(c.value.value - shell.expect.value) > shell.expect.value * 0.02)
  )
    return false;
  return true;
}

/** The sentence around a claim, clipped to a readable length: the quote an evidence card shows. */
export function quoteFor(
  text: string,
  c: Claim,
  sentences: { start: number; end: number }[],
): { start: number; end: number } {
  const s = sentences.find((x) => x.start <= c.start && c.end <= x.end) ?? { start: c.start, end: c.end };
  let start = s.start;
  let end = s.end;
  if (end - start > 280) {
    start = Math.max(s.start, c.start - 120);
    end = Math.min(s.end, c.end + 120);
    while (start > s.start && /\S/.test(text[start - 1]!)) start--;
    while (end < s.end && /\S/.test(text[end]!)) end++;
  }
  return { start, end };
}

export function valueOf(c: Claim): FactValue | undefined {
  if (!c.value) return undefined;
  const { kind, value, high, currency, qualifier } = c.value;
  return { kind, value, ...(high !== undefined ? { high } : {}), ...(currency ? { currency } : {}), qualifier };
}

/** Groups a fact's attestations into versions: same figure, or same description, is one version. */
function versionsOf(shell: FactShell, claims: { claim: Claim; provenance: Provenance }[]): FactVersion[] {
  const versions: FactVersion[] = [];
  for (const { claim, provenance } of claims) {
    const own = claim.relation === shell.relation;
    const value = own ? valueOf(claim) : undefined;
    const detail = own ? claim.detail : undefined;
    const key = (v: FactVersion) =>
      (value && v.value && sameFigure(v.value, value)) ||
      (!value && !v.value && (v.detail ?? '').toLowerCase() === (detail ?? '').toLowerCase());
    const existing = versions.find(key);
    if (existing) {
      existing.sources.push(provenance);
      // The version keeps the loosest wording any source used: "up to" over "about" over exact.
      if (existing.value && value && rank(value.qualifier) > rank(existing.value.qualifier))
        existing.value.qualifier = value.qualifier;
    } else {
      versions.push({ ...(value ? { value } : {}), ...(detail ? { detail } : {}), sources: [provenance] });
    }
  }
  // A relation without a figure or description (participation, talks lead) is one version attested by all.
  if (versions.length > 1 && versions.every((v) => !v.value) && !policyOf(shell.relation).described) {
    return [{ sources: versions.flatMap((v) => v.sources) }];
  }
  return versions;
}

const rank = (q: FactValue['qualifier']) => (({ 'up-to': 3, about: 2, exact: 1 }) as Record<string, number>)[q] ?? 0;

export function buildFactBase(sources: SourceDocument[]): BuildResult {
  const attested = new Map<string, { claim: Claim; provenance: Provenance }[]>();
  const unmapped: string[] = [];
  const ambiguous: string[] = [];
  const all = sources.flatMap(({ meta, text }) => {
    const sentences = splitSentences(text);
    return extractClaims(text, { documentDate: meta.date ?? undefined }).flatMap((raw) => {
      if (IGNORED.some((r) => refers(r, meta.id, raw))) return [];
      const fix = PARTY_FIXES.find((r) => refers({ ...r, subject: undefined }, meta.id, raw));
      const fixed = fix
        ? { ...raw, subject: fix.subject ?? raw.subject, object: fix.object ?? raw.object, inferred: false }
        : raw;
      // A list of participants attests each of them.
      const each =
        fixed.relation === 'participants'
          ? [fixed.subject!, ...(fixed.others ?? [])].map((subject) => ({ ...fixed, subject, others: [] }))
          : [fixed];
      return each.map((claim) => ({ meta, text, sentences, claim }));
    });
  });
  // Figures named with their target first, so that a restated figure without one ("$50 billion") joins the fact it repeats.
  all.sort((a, b) => Number(!a.claim.object) - Number(!b.claim.object));
  for (const { meta, text, sentences, claim } of all) {
    const shells = SHELLS.filter((s) => takes(s, claim));
    let own = shells.filter((s) => s.relation === claim.relation);
    if (own.length > 1 && !claim.object && claim.value) {
      const same = own.filter((s) =>
        attested.get(s.id)?.some((a) => a.claim.value && sameFigure(valueOf(a.claim)!, valueOf(claim)!)),
      );
      if (same.length === 1) own = same;
    }
    const chosen = own.length ? own : shells;
    if (chosen.length === 0) {
      unmapped.push(`${meta.id} ${claim.relation} ${claim.subject ?? '?'}→${claim.object ?? '?'} "${claim.text}"`);
      continue;
    }
    if (own.length > 1)
      ambiguous.push(`${meta.id} ${claim.relation} "${claim.text}": ${own.map((s) => s.id).join(', ')}`);
    const q = quoteFor(text, claim, sentences);
    const provenance: Provenance = { sourceId: meta.id, quote: text.slice(q.start, q.end), start: q.start, end: q.end };
    for (const shell of [...own.slice(0, 1), ...shells.filter((s) => s.relation !== claim.relation)]) {
      const list = attested.get(shell.id) ?? [];
      if (
        !list.some(
          (a) =>
            a.provenance.start === provenance.start &&
            a.provenance.sourceId === provenance.sourceId &&
            a.claim.relation === claim.relation &&
            a.claim.text === claim.text,
        )
      ) {
        list.push({ claim, provenance });
      }
      attested.set(shell.id, list);
    }
  }
  const facts: Fact[] = [];
  const empty: string[] = [];
  for (const shell of SHELLS) {
    const claims = attested.get(shell.id);
    if (!claims?.length) {
      empty.push(shell.id);
      continue;
    }
    const { expect: _expect, alsoFrom: _alsoFrom, ...rest } = shell;
    facts.push({ ...rest, versions: versionsOf(shell, claims) });
  }
  const factBase = factBaseSchema.parse({ version: 1, sources: sources.map((s) => s.meta), topics: TOPICS, facts });
  return { factBase, unmapped, ambiguous, empty };
}
