/** What a selected edge of the deal map stands for: the page's claims on it, its facts, and each fact's sources. */
import type { MapEdge } from '../lib/viz/graph';
import type { FactSummary } from '../lib/viz/facts';
import { formatDate, plural } from '../lib/viz/format';
import { VERDICT_LABELS, type Verdict } from '../lib/verdicts/types';

export function VizVerdictChip({ verdict }: { verdict: Verdict }) {
  return <span class={`viz-chip viz-v-${verdict}`}>{VERDICT_LABELS[verdict]}</span>;
}

const STATUS = { prospective: 'in talks', completed: 'done' } as const;

function FactBlock({ fact }: { fact: FactSummary }) {
  return (
    <li>
      <span class="viz-value">{fact.label}</span>
      {fact.status ? <span class="viz-muted"> · {STATUS[fact.status]}</span> : null}
      {fact.disputed ? <span class="viz-muted"> · sources disagree</span> : null}
      <ul class="viz-list">
        {fact.versions.map((v, i) => (
          <li key={i}>
            <span class="viz-value">{v.text}</span> — {plural(v.sources.length, 'source')}:{' '}
            {v.sources.map((s, j) => (
              <span key={s.sourceId}>
                {j ? '; ' : ''}
                {s.name} <span class="viz-muted">({formatDate(s.date)})</span>
              </span>
            ))}
            {/* Quotes on demand: the list of facts stays short enough to take in at a glance. */}
            <details class="viz-quotes">
              <summary>Quotes</summary>
              <ul class="viz-list">
                {v.sources.map((s) => (
                  <li key={s.sourceId}>
                    {s.name}: <q class="viz-quote">{s.quote}</q>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The page's claims on an edge, a claim repeated word for word (headline, summary, body) listed once. */
function distinctClaims(claims: MapEdge['claims']) {
  const seen = new Map<string, { claim: MapEdge['claims'][number]; times: number }>();
  for (const c of claims) {
    const key = `${c.verdict}|${c.text}`;
    const same = seen.get(key);
    if (same) same.times++;
    else seen.set(key, { claim: c, times: 1 });
  }
  return [...seen.values()];
}

export function EdgeDetails({ edge, nameOf }: { edge?: MapEdge; nameOf: (id: string) => string }) {
  return (
    <div class="viz-details" aria-live="polite">
      {!edge ? (
        <p class="viz-muted">Select a tie on the map (Tab to it, arrow keys, Enter) to list its facts and sources.</p>
      ) : (
        <>
          <h3>
            {nameOf(edge.from)} → {nameOf(edge.to)} <span class="viz-muted">· {edge.kind}</span>
          </h3>
          <p>
            <span class="viz-value">{edge.amount}</span>
            {edge.status ? ` · ${edge.status}` : ''}
            {edge.pageOnly ? '' : ` · ${plural(edge.sourceCount, 'source')}`}
          </p>
          {edge.conflicts.map((c) => (
            <p key={`${c.claimIndex}:${c.factId}`} class="viz-conflict">
              <strong>{c.article}</strong> against <strong>{c.factBase}</strong>
            </p>
          ))}
          {edge.claims.length > 0 ? (
            <>
              <h4>On this page</h4>
              <ul class="viz-list">
                {distinctClaims(edge.claims).map(({ claim: c, times }) => (
                  <li key={c.index}>
                    <VizVerdictChip verdict={c.verdict} /> <q>{c.text}</q>
                    {times > 1 ? <span class="viz-muted"> ({times} times)</span> : null}
                    {c.why ? <span class="viz-muted"> {c.why}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {edge.pageOnly ? (
            <p class="viz-muted">Only this article reports this; no source in the fact base does.</p>
          ) : (
            <>
              <h4>In the fact base</h4>
              <ul class="viz-list">
                {edge.facts.map((f) => (
                  <FactBlock key={f.id} fact={f} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
