import { VERDICTS, VERDICT_LABELS, type Verdict } from '@/lib/verdicts/types';
import { VERDICT_GLYPHS } from '@/lib/verdict-glyphs';

function countVerdicts(claims: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts = { supported: 0, contradicted: 0, disputed: 0, unknown: 0 } as Record<Verdict, number>;
  for (const c of claims) counts[c.verdict] += 1;
  return counts;
}

/** One row per verdict shown, with its count: "✗ Contradicted 2". */
export function VerdictCounts({
  claims,
  verdicts = VERDICTS,
}: {
  claims: readonly { verdict: Verdict }[];
  verdicts?: readonly Verdict[];
}) {
  const counts = countVerdicts(claims);
  return (
    <ul class="verdict-counts" aria-label="Claims per verdict">
      {verdicts.map((v) => (
        <li key={v} class={`verdict-count verdict-${v}`} data-verdict={v}>
          <span class="verdict-mark" aria-hidden="true">
            {VERDICT_GLYPHS[v]}
          </span>
          <span class="verdict-label">{VERDICT_LABELS[v]}</span>
          <span class="count">{counts[v]}</span>
        </li>
      ))}
    </ul>
  );
}
