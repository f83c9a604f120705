/**
 * What the evidence card shows for an annotation: each fact it used, and for each account of that fact the sources'
 * quotes with outlet and date. Pure. The background resolves fact ids against the fact base (`evidenceFacts`) and
 * sends the result with the annotations; the content script puts the card together (`evidenceFor`) from those
 * facts, so the page carries neither the fact base nor its schema.
 */
import type { Annotation } from './verdicts/types';
import type { Fact, FactBase, FactValue, Source } from './factbase/schema';

export interface EvidenceQuote {
  quote: string;
  /** The outlet, else the author; null when the source records neither. */
  outlet: string | null;
  /** "2026-01-30" or null when the source is undated. */
  date: string | null;
  title: string;
  /** A reader's own source: when it was added (epoch ms); the card says "Your source: …, added 3 Dec". */
  addedAt?: number;
}

interface EvidenceVersion {
  /** The figure or detail this account gives ("up to $50 billion", "advanced"). */
  value: string | null;
  quotes: EvidenceQuote[];
}

export interface EvidenceFact {
  id: string;
  label: string;
  versions: EvidenceVersion[];
}

export interface Evidence {
  claim: string;
  verdict: Annotation['verdict'];
  why: string;
  facts: EvidenceFact[];
}

const QUALIFIER_WORDS: Partial<Record<FactValue['qualifier'], string>> = {
  about: 'about ',
  'up-to': 'up to ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'less-than': 'less than ',
};

function money(n: number): string {
  const units: [number, string][] = [
    [1e12, ' trillion'],
    [1e9, ' billion'],
    [1e6, ' million'],
  ];
  for (const [size, word] of units) {
    if (Math.abs(n) >= size) return `$${Number((n / size).toFixed(2))}${word}`;
  }
  return `$${n.toLocaleString('en-US')}`;
}

/** A short human form of a fact's value, enough to tell two accounts apart. */
export function formatFactValue(v: FactValue): string {
  const one = (n: number) => {
    if (v.kind === 'money') return money(n);
    if (v.kind === 'percent') return `${n}%`;
    if (v.kind === 'year') return String(n);
    if (v.kind === 'fraction') return `${Number((n * 100).toFixed(1))}%`;
    return n.toLocaleString('en-US');
  };
  if (v.qualifier === 'range' && v.high !== undefined) return `${one(v.value)} to ${one(v.high)}`;
  return `${QUALIFIER_WORDS[v.qualifier] ?? ''}${one(v.value)}`;
}

/** Where the card finds facts and sources: a fact base, or an index over several packs (lib/factbase/pack-index.ts). */
export interface EvidenceLookup {
  byId(id: string): Fact | undefined;
  source(id: string): Source | undefined;
}

function lookupOf(factBase: FactBase | null): EvidenceLookup {
  const sources = new Map((factBase?.sources ?? []).map((s) => [s.id, s]));
  const facts = new Map((factBase?.facts ?? []).map((f) => [f.id, f]));
  return { byId: (id) => facts.get(id), source: (id) => sources.get(id) };
}

/** The card's view of the facts `ids` names, in that order, each once; ids the fact base lacks are skipped. */
export function evidenceFacts(ids: Iterable<string>, factBase: FactBase | EvidenceLookup | null): EvidenceFact[] {
  const lookup = factBase && 'byId' in factBase ? factBase : lookupOf(factBase);
  const out: EvidenceFact[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const fact = lookup.byId(id);
    if (!fact || seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      label: fact.label,
      versions: fact.versions.map((version) => ({
        value: version.value ? formatFactValue(version.value) : (version.detail ?? null),
        quotes: version.sources.map((p) => {
          const source = lookup.source(p.sourceId);
          return {
            quote: p.quote,
            outlet: source?.outlet ?? source?.author ?? null,
            date: source?.date ?? null,
            title: source?.title ?? p.sourceId,
            ...(source?.addedAt !== undefined ? { addedAt: source.addedAt } : {}),
          };
        }),
      })),
    });
  }
  return out;
}

/** The card for an annotation, from the facts the background sent (by id); ids not among them are skipped. */
export function evidenceFor(annotation: Annotation, facts: ReadonlyMap<string, EvidenceFact>): Evidence {
  const out: EvidenceFact[] = [];
  for (const id of annotation.facts) {
    const fact = facts.get(id);
    if (fact) out.push(fact);
  }
  return { claim: annotation.claim.text, verdict: annotation.verdict, why: annotation.why, facts: out };
}
