/**
 * The card a badge opens: the claim, the verdict, why, and what each source says (quote, outlet, date).
 * All text is rendered as text nodes by Preact: page text never becomes markup.
 */
import { VERDICT_LABELS } from '@/lib/verdicts/types';
import { NotesFrame } from './notes-frame';
import { VERDICT_GLYPHS } from '@/lib/verdict-glyphs';
import type { Evidence, EvidenceQuote } from '@/lib/evidence';

export interface EvidenceCardProps {
  id: string;
  evidence: Evidence;
  x: number;
  y: number;
  /** Drawn upwards from `y` (near the bottom of the window). */
  above?: boolean;
  /**
   * The card takes focus when opened by click, so a keyboard reader can scroll it (and it is in the tab order: its
   * notes are in a frame, so it may hold nothing else focusable); Escape gives focus back.
   */
  cardRef?: (el: HTMLElement | null) => void;
  onPointerEnter: () => void;
  onPointerLeave: (related: EventTarget | null) => void;
  onBlur: (related: EventTarget | null) => void;
  /** The address of the claim's notes frame (absent where notes are not available). */
  notesFrame?: () => Promise<string>;
  /** Escape pressed inside the notes frame (its key events do not reach this document). */
  onEscape?: () => void;
}

/** "3 Dec": when the reader added a source of theirs. */
export function addedOn(ms: number): string {
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}

function Quote({ q }: { q: EvidenceQuote }) {
  return (
    <li class={q.addedAt !== undefined ? 'dl-quote dl-yours' : 'dl-quote'}>
      <blockquote>“{q.quote}”</blockquote>
      <div class="dl-cite">
        — {q.addedAt !== undefined ? <strong class="dl-your-source">Your source: </strong> : null}
        <span class="dl-outlet">{q.outlet || (q.addedAt !== undefined ? q.title : 'Outlet not recorded')}</span>
        {q.addedAt !== undefined ? `, added ${addedOn(q.addedAt)}` : null} · <cite>“{q.title}”</cite> ·{' '}
        {q.date ?? 'undated'}
      </div>
    </li>
  );
}

export function EvidenceCard(props: EvidenceCardProps) {
  const { evidence, x, y, id } = props;
  const label = VERDICT_LABELS[evidence.verdict];
  return (
    <div
      id={id}
      ref={props.cardRef}
      class={`dl-card dl-${evidence.verdict}`}
      role="dialog"
      aria-label={`${label}: evidence`}
      tabIndex={0}
      style={{ left: `${x}px`, top: `${y}px`, transform: props.above ? 'translateY(-100%)' : undefined }}
      onMouseEnter={props.onPointerEnter}
      onMouseLeave={(e) => props.onPointerLeave(e.relatedTarget)}
      onFocusOut={(e) => props.onBlur(e.relatedTarget)}
    >
      <div class="dl-verdict">
        <span class="dl-verdict-glyph" aria-hidden="true">
          {VERDICT_GLYPHS[evidence.verdict]}
        </span>{' '}
        {label}
      </div>
      <p class="dl-claim">“{evidence.claim}”</p>
      {evidence.why ? <p class="dl-why">{evidence.why}</p> : null}
      {evidence.facts.length === 0 ? (
        <p class="dl-none">No fact in DealLens's fact base covers this claim.</p>
      ) : (
        evidence.facts.map((fact) => (
          <section class="dl-fact" key={fact.id}>
            <h3>{fact.label}</h3>
            {fact.versions.map((v, i) => (
              <div class="dl-version" key={i}>
                {fact.versions.length > 1 || v.value ? (
                  <div class="dl-value">
                    {fact.versions.length > 1 ? `Account ${i + 1}: ` : ''}
                    {v.value ?? ''}
                  </div>
                ) : null}
                <ul>
                  {v.quotes.map((q, j) => (
                    <Quote q={q} key={j} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))
      )}
      {props.notesFrame ? (
        <NotesFrame key={evidence.claim} load={props.notesFrame} onEscape={() => props.onEscape?.()} />
      ) : null}
      <p class="dl-hint">Esc closes · Alt+Shift+N / Alt+Shift+P: next / previous claim</p>
    </div>
  );
}
