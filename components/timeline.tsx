/**
 * The sources' reports and the current article by date. Undated sources are listed apart under "Date unknown"
 * rather than given a guessed place; an undated article is shown last as "this page".
 */
import type { Timeline as TimelineModel, TimelineEntry } from '../lib/viz/timeline';
import { VERDICTS } from '../lib/verdicts/types';
import { VizVerdictChip } from './edge-details';
import './viz.css';

function Entry({ e }: { e: TimelineEntry }) {
  return (
    <li class={`viz-tl-item${e.kind === 'page' ? ' is-page' : ''}`} data-entry={e.key}>
      <span class="viz-tl-date">{e.dateText}</span>
      <span class="viz-tl-name">{e.name}</span>
      {e.title && e.title !== e.name ? <span>: {e.title}</span> : null}
      <span class="viz-tl-meta">
        {e.author && e.author !== e.name ? `${e.author} · ` : ''}
        {e.countText}
        {e.says ? (
          <>
            {' '}
            · says <span class="viz-tl-says">{e.says}</span>
          </>
        ) : null}
      </span>
      {e.verdicts ? (
        <span class="viz-tl-meta">
          {VERDICTS.filter((v) => e.verdicts![v]).map((v) => (
            <span key={v}>
              <VizVerdictChip verdict={v} /> {e.verdicts![v]}{' '}
            </span>
          ))}
        </span>
      ) : null}
    </li>
  );
}

export function ReportTimeline({ timeline }: { timeline: TimelineModel }) {
  const { dated, undated, page } = timeline;
  if (!dated.length && !undated.length && !page) return <p class="viz-muted">No reports to place on a timeline.</p>;
  return (
    <div class="viz-timeline-wrap">
      {dated.length ? (
        <ol class="viz-timeline" aria-label="Reports by date">
          {dated.map((e) => (
            <Entry key={e.key} e={e} />
          ))}
        </ol>
      ) : null}
      {undated.length ? (
        <>
          <h3>Date unknown</h3>
          <ul class="viz-timeline is-undated" aria-label="Reports without a known date">
            {undated.map((e) => (
              <Entry key={e.key} e={e} />
            ))}
          </ul>
        </>
      ) : null}
      {page ? (
        <>
          <h3>This page</h3>
          <ul class="viz-timeline is-undated" aria-label="This page, date not stated">
            <Entry e={page} />
          </ul>
        </>
      ) : null}
    </div>
  );
}
