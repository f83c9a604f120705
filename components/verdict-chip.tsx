import { VERDICT_LABELS, type Verdict } from '@/lib/verdicts/types';
import { VERDICT_GLYPHS } from '@/lib/verdict-glyphs';

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span class="verdict-mark" aria-hidden="true">
        {VERDICT_GLYPHS[verdict]}
      </span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
