/**
 * Groups a page's claims the way the side panel shows them: by the deal or topic of the facts they were judged
 * against, and claims that no fact covers by their kind (relation). Pure: runs in tests without a browser.
 */
import type { FactBase } from '@/lib/factbase/schema';
import type { ClaimReport } from '@/lib/messages';
import { sourceIndex, summarizeFact, type FactSummary } from '@/lib/viz/facts';
import { relationLabel } from './relation-labels';

export interface ClaimGroup {
  /** "topic:<id>" or "relation:<relation>". */
  key: string;
  label: string;
  /** True for a deal or topic of the fact base; false for claims grouped only by kind. */
  topic: boolean;
  claims: ClaimReport[];
  /** The fact base's facts on this topic: those the claims were judged against first, then the deal's others. */
  facts: FactSummary[];
  /** Of those, the ones where the sources themselves disagree (more than one version). */
  disputes: FactSummary[];
}

export function groupClaims(claims: readonly ClaimReport[], fb: FactBase): ClaimGroup[] {
  const factById = new Map(fb.facts.map((f) => [f.id, f]));
  const topicLabel = new Map(fb.topics.map((t) => [t.id, t.label]));
  const sources = sourceIndex(fb);
  const groups = new Map<string, ClaimGroup & { cited: Set<string> }>();

  for (const claim of [...claims].sort((a, b) => a.index - b.index)) {
    const known = claim.facts.map((id) => factById.get(id)).filter((f) => f !== undefined);
    const topic = known[0]?.topic;
    const key = topic ? `topic:${topic}` : `relation:${claim.relation}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        label: topic ? (topicLabel.get(topic) ?? topic) : relationLabel(claim.relation),
        topic: Boolean(topic),
        claims: [],
        facts: [],
        disputes: [],
        cited: new Set(),
      };
      groups.set(key, group);
    }
    group.claims.push(claim);
    for (const f of known) group.cited.add(f.id);
  }

  return [...groups.values()].map(({ cited, ...group }) => {
    const topicId = group.topic ? group.key.slice('topic:'.length) : undefined;
    const related = fb.facts.filter((f) => cited.has(f.id) || (topicId !== undefined && f.topic === topicId));
    related.sort((a, b) => Number(cited.has(b.id)) - Number(cited.has(a.id)));
    const facts = related.map((f) => summarizeFact(f, sources));
    return { ...group, facts, disputes: facts.filter((f) => f.disputed) };
  });
}
