/**
 * Figures across sources: one row per source's report of a numeric fact and one for the article's own figure, on a
 * shared scale starting at zero, so a reader sees at once where the article sits. "Up to" and ranges are bars, stated
 * figures dots ("about": hollow). The select picks the fact; the page's facts come first.
 */
import { useId, useState } from 'preact/hooks';
import type { FactSeries, SeriesPoint } from '../lib/viz/series';
import { niceScale } from '../lib/viz/series';
import { ellipsize, formatNumber, plural } from '../lib/viz/format';
import { VERDICT_GLYPHS } from '../lib/verdict-glyphs';
import { VERDICT_LABELS } from '../lib/verdicts/types';
import { useVizWidth } from './use-viz-width';
import './viz.css';

export interface FiguresChartProps {
  series: FactSeries[];
  selectedId?: string | null;
  onSelect?: (factId: string) => void;
}

const DEFAULT_W = 340;
/** A row: the source's name across the full width, then its date, its mark on the scale and its figure. */
const ROW_H = 38;
const MARK_Y = 27;
const TOP = 6;
const AXIS_H = 22;

function Mark({ p, x }: { p: SeriesPoint; x: (n: number) => number }) {
  const cy = MARK_Y;
  const v = p.value;
  const hi = v.high ?? v.value;
  if (v.qualifier === 'up-to' || v.qualifier === 'range' || hi !== v.value) {
    const from = v.qualifier === 'up-to' && v.high === undefined ? 0 : v.value;
    return (
      <>
        <rect class="viz-bar" x={x(from)} y={cy - 5} width={Math.max(2, x(hi) - x(from))} height="10" rx="2" />
        <circle class="viz-dot" cx={x(hi)} cy={cy} r="4.5" />
      </>
    );
  }
  const cx = x(v.value);
  const arrow = v.qualifier === 'more-than' || v.qualifier === 'at-least' ? 1 : v.qualifier === 'less-than' ? -1 : 0;
  return (
    <>
      {arrow !== 0 ? (
        <path
          class="viz-mark-arrow"
          d={`M${cx} ${cy} h${arrow * 14} m${-arrow * 4} -4 l${arrow * 4} 4 l${-arrow * 4} 4`}
        />
      ) : null}
      <circle class={`viz-dot${v.qualifier === 'about' ? ' is-about' : ''}`} cx={cx} cy={cy} r="5" />
    </>
  );
}

export function FiguresChart({ series, selectedId = null, onSelect }: FiguresChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [internal, setInternal] = useState<string | null>(null);
  const { ref: box, width: W } = useVizWidth<HTMLDivElement>(DEFAULT_W, 260, 560);
  // The plot takes what the date column (left) and the value column (right) leave; names have a line of their own
  // and get the full width at 12 px (about 7 units a character).
  const PLOT_X = 92;
  const PLOT_W = W - PLOT_X - 88;
  const nameChars = Math.floor((W - 8) / 7);
  const chosen = (onSelect ? selectedId : internal) ?? series[0]?.factId;
  const current = series.find((s) => s.factId === chosen) ?? series[0];
  if (!current)
    return (
      <p ref={box} class="viz-muted">
        No figures to compare: the fact base holds no amounts or counts.
      </p>
    );

  const { max, step } = niceScale(current.max, PLOT_W < 150 ? 2 : 3);
  const x = (n: number) => PLOT_X + (Math.max(0, n) / max) * PLOT_W;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(t);
  const height = TOP + current.points.length * ROW_H + AXIS_H;
  const sources = current.points.filter((p) => !p.fromPage).length;
  const pageRows = current.points.filter((p) => p.fromPage);
  const summary = current.points
    .map(
      (p) =>
        `${p.name} (${p.dateText}): ${p.text}${p.verdict ? `, ${VERDICT_LABELS[p.verdict]}` : ''}${p.mentions ? `, stated ${p.mentions} times` : ''}`,
    )
    .join('; ');

  return (
    <div class="viz-figures" ref={box}>
      <label for={`viz-fact-${uid}`}>Figure</label>
      <select
        id={`viz-fact-${uid}`}
        value={current.factId}
        onChange={(e) => {
          const id = e.currentTarget.value;
          if (onSelect) onSelect(id);
          else setInternal(id);
        }}
      >
        {series.map((s) => (
          <option key={s.factId} value={s.factId}>
            {s.label}
            {s.verdict ? ` (this page: ${VERDICT_LABELS[s.verdict]})` : ''}
          </option>
        ))}
      </select>
      <figure>
        <svg
          class="viz-svg"
          viewBox={`0 0 ${W} ${height}`}
          role="img"
          aria-labelledby={`viz-fig-cap-${uid}`}
          aria-describedby={`viz-fig-desc-${uid}`}
        >
          <desc id={`viz-fig-desc-${uid}`}>{summary}</desc>
          <g aria-hidden="true">
            {ticks.map((t) => (
              <g key={t}>
                <line class="viz-grid" x1={x(t)} x2={x(t)} y1={TOP} y2={height - AXIS_H + 4} />
                <text class="viz-tick" x={x(t)} y={height - 6} text-anchor="middle">
                  {formatNumber(current.kind, t)}
                </text>
              </g>
            ))}
            {current.points.map((p, i) => (
              <g
                key={p.key}
                class={`viz-row${p.fromPage ? ` is-page viz-v-${p.verdict ?? 'unknown'}` : ''}`}
                transform={`translate(0 ${TOP + i * ROW_H})`}
              >
                <rect class="viz-row-bg" x="0" y="1" width={W} height={ROW_H - 2} rx="3" />
                <text class="viz-row-name" x="4" y="13">
                  {p.fromPage
                    ? `${p.verdict ? `${VERDICT_GLYPHS[p.verdict]} ` : ''}${p.name}${p.mentions ? ` (${p.mentions}×)` : ''}`
                    : ellipsize(p.name, nameChars)}
                </text>
                <text class="viz-row-date" x="4" y={MARK_Y + 4}>
                  {p.dateText}
                </text>
                <Mark p={p} x={x} />
                <text class="viz-row-value" x={W - 2} y={MARK_Y + 4} text-anchor="end">
                  {ellipsize(p.text, 14)}
                </text>
              </g>
            ))}
          </g>
        </svg>
        <figcaption id={`viz-fig-cap-${uid}`}>
          {current.label}: {plural(sources, 'source')}
          {pageRows.length ? ' and this article' : ''}
          {current.disputed ? ' (sources disagree)' : ''}
        </figcaption>
      </figure>
    </div>
  );
}
