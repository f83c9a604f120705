/**
 * The claims' marks: a translucent box over each line of a claim's text, in its verdict's colour, with an underline
 * whose style differs per verdict (solid, wavy, dashed, dotted) so that the verdict never rests on colour alone.
 * Drawn over the text (the overlay is above the page), so the colours are light enough to read through; they take no
 * pointer events and are hidden from assistive technology (the badge names the verdict).
 */
import type { Verdict } from '@/lib/verdicts/types';
import type { Box } from '@/lib/dom/line-marks';

interface ClaimMarksProps {
  claims: { index: number; annotation: { verdict: Verdict }; marks: Box[] }[];
}

export function ClaimMarks({ claims }: ClaimMarksProps) {
  return (
    <div class="dl-marks" aria-hidden="true">
      {claims.flatMap((c) =>
        c.marks.map((m, i) => (
          <div
            key={`${c.index}:${i}`}
            class={`dl-mark dl-${c.annotation.verdict}`}
            data-index={c.index}
            style={{ left: `${m.x}px`, top: `${m.y}px`, width: `${m.w}px`, height: `${m.h}px` }}
          />
        )),
      )}
    </div>
  );
}
