import type { FactSummary } from '@/lib/viz/facts';
import { formatDate } from '@/lib/viz/format';

/** Facts of the fact base, each with every version and, per version, the sources' own words with outlet and date. */
export function FactList({ facts, label }: { facts: readonly FactSummary[]; label: string }) {
  return (
    <ul class="fact-list" aria-label={label}>
      {facts.map((f) => (
        <li key={f.id} class="fact" data-fact={f.id}>
          <div class="fact-label">{f.label}</div>
          {f.versions.map((v, i) => (
            <div class="version" key={i}>
              <span class="version-value">{v.text}</span>
              <span class="muted"> — {v.sources.length === 1 ? '1 source' : `${v.sources.length} sources`}</span>
              <ul class="sources">
                {v.sources.map((s) => (
                  <li key={s.sourceId}>
                    <span class="quote">“{s.quote}”</span>{' '}
                    <span class="source-meta">
                      {s.name}, {formatDate(s.date)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
