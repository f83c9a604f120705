import { VERDICT_LABELS, type Verdict } from '@/lib/verdicts/types';

/** A mark per verdict so the verdict never rests on colour alone. */
export const VERDICT_MARKS: Record<Verdict, string> = { supported: '✓', contradicted: '✗', disputed: '≠', unknown: '?' };

export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span class="verdict-mark" aria-hidden="true">{VERDICT_MARKS[verdict]}</span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}
