/** Facts resolved against their sources, in the shape the map's details, the chart and the timeline read. */
import type { Fact, FactBase, FactValue, Source } from '../factbase/schema';
import type { ClaimReport } from '../messages';
import type { Verdict } from '../verdicts/types';
import { formatValue, plural } from './format';

interface SourceRef {
  sourceId: string;
  /** Outlet, else author, else the title: what a reader recognises a source by. */
  name: string;
  title: string;
  outlet: string | null;
  author: string | null;
  date: string | null;
  quote: string;
}

interface VersionSummary {
  value?: FactValue;
  detail?: string;
  /** "up to $50B", or the detail ("advanced"). */
  text: string;
  sources: SourceRef[];
}

export interface FactSummary {
  id: string;
  label: string;
  relation: Fact['relation'];
  subject: string;
  object?: string;
  topic: string;
  status?: 'prospective' | 'completed';
  date?: string;
  /** Versions, the most-reported first. Two or more: the sources disagree. */
  versions: VersionSummary[];
  disputed: boolean;
  /** Distinct sources over all versions. */
  sourceCount: number;
  /** "up to $50B — 5 sources" (or each version's, joined, where sources disagree). */
  text: string;
}

/** What a page claim says, reduced to what the views show. */
export interface ClaimMark {
  index: number;
  text: string;
  verdict: Verdict;
  why: string;
  value?: FactValue;
  /** "$10B" when the claim carries its figure, else the claim's own words in quotes. */
  valueText: string;
  factIds: string[];
}

export const VERDICT_RANK: Record<Verdict, number> = { contradicted: 3, disputed: 2, supported: 1, unknown: 0 };

/** The most serious verdict among claims: what a mark on the map shows first. */
export function worstVerdict(verdicts: Verdict[]): Verdict | undefined {
  let worst: Verdict | undefined;
  for (const v of verdicts) if (worst === undefined || VERDICT_RANK[v] > VERDICT_RANK[worst]) worst = v;
  return worst;
}

/** A reader's own source is marked as such wherever the views name it. */
export function sourceName(s: Pick<Source, 'outlet' | 'author' | 'title' | 'addedAt'>): string {
  const name = s.outlet || s.author || s.title;
  return s.addedAt !== undefined ? `${name} (your source)` : name;
}

export function sourceIndex(fb: FactBase): Map<string, Source> {
  return new Map(fb.sources.map((s) => [s.id, s]));
}

function versionText(v: { value?: FactValue; detail?: string }): string {
  if (v.value) return formatValue(v.value);
  return v.detail ?? 'reported';
}

export function summarizeFact(fact: Fact, sources: Map<string, Source>): FactSummary {
  const versions: VersionSummary[] = fact.versions.map((v) => {
    const seen = new Set<string>();
    const refs: SourceRef[] = [];
    for (const p of v.sources) {
      if (seen.has(p.sourceId)) continue;
      seen.add(p.sourceId);
      const s = sources.get(p.sourceId);
      refs.push({
        sourceId: p.sourceId,
        name: s ? sourceName(s) : p.sourceId,
        title: s?.title ?? p.sourceId,
        outlet: s?.outlet ?? null,
        author: s?.author ?? null,
        date: s?.date ?? null,
        quote: p.quote,
      });
    }
    return { value: v.value, detail: v.detail, text: versionText(v), sources: refs };
  });
  // Stable sort: the most-reported version first, ties keep the fact base's order.
  const ordered = versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => b.v.sources.length - a.v.sources.length || a.i - b.i)
    .map((x) => x.v);
  const sourceCount = new Set(ordered.flatMap((v) => v.sources.map((s) => s.sourceId))).size;
  const text = ordered.map((v) => `${v.text} — ${plural(v.sources.length, 'source')}`).join('; ');
  return {
    id: fact.id,
    label: fact.label,
    relation: fact.relation,
    subject: fact.subject,
    object: fact.object,
    topic: fact.topic,
    status: fact.event.status,
    date: fact.event.date,
    versions: ordered,
    disputed: ordered.length > 1,
    sourceCount,
    text,
  };
}

export function markClaim(c: ClaimReport): ClaimMark {
  const words = c.text.length > 60 ? `${c.text.slice(0, 59).trimEnd()}…` : c.text;
  return {
    index: c.index,
    text: c.text,
    verdict: c.verdict,
    why: c.why,
    value: c.value,
    valueText: c.value ? formatValue(c.value) : `“${words}”`,
    factIds: c.facts,
  };
}
