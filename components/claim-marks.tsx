/**
 * The claims' marks: a translucent box over each line of a claim's text, in its verdict's colour, with an underline
 * whose style differs per verdict (solid, wavy, dashed, dotted) so that the verdict never rests on colour alone.
 * Drawn over the text (the overlay is above the page), so the colours are light enough to read through; they take no
 * pointer events and are hidden from assistive technology (the badge names the verdict).
 */
import { Component } from 'preact';
import type { Verdict } from '@/lib/verdicts/types';
import type { Box } from '@/lib/dom/line-marks';

interface MarkProps {
  index: number;
  verdict: Verdict;
  marks: Box[];
}

/**
 * One claim's boxes. A class only to skip re-rendering: the overlay renders again after every slice of claims, and a
 * claim measured before keeps the same `marks` array, so hundreds of unchanged marks are not diffed again each time.
 */
class ClaimMark extends Component<MarkProps> {
  override shouldComponentUpdate(next: MarkProps) {
    return next.marks !== this.props.marks || next.verdict !== this.props.verdict;
  }

  override render({ index, verdict, marks }: MarkProps) {
    return marks.map((m, i) => (
      <div
        key={i}
        class={`dl-mark dl-${verdict}`}
        data-index={index}
        style={{ left: `${m.x}px`, top: `${m.y}px`, width: `${m.w}px`, height: `${m.h}px` }}
      />
    ));
  }
}

interface ClaimMarksProps {
  claims: { index: number; annotation: { verdict: Verdict }; marks: Box[] }[];
}

export function ClaimMarks({ claims }: ClaimMarksProps) {
  return (
    <div class="dl-marks" aria-hidden="true">
      {claims.map((c) => (
        <ClaimMark key={c.index} index={c.index} verdict={c.annotation.verdict} marks={c.marks} />
      ))}
    </div>
  );
}
