/**
 * One claim's badge: a small button at the end of the claim. Its accessible name starts with the verdict's label
 * ("Contradicted: Amazon is in talks to invest $10 billion in OpenAI"); screen readers and tests rely on it. The
 * mark differs per verdict so it never rests on colour alone.
 */
import { VERDICT_LABELS, type Verdict } from '@/lib/verdicts/types';
import { VERDICT_GLYPHS } from '@/lib/verdict-glyphs';

/** The longest claim text read out in a badge's name; the card shows it whole. */
const NAME_CLAIM_MAX = 160;

function badgeName(verdict: Verdict, claim: string): string {
  const text = claim.length > NAME_CLAIM_MAX ? `${claim.slice(0, NAME_CLAIM_MAX - 1)}…` : claim;
  return `${VERDICT_LABELS[verdict]}: ${text}`;
}

/** A dot on the badge's corner when the claim has notes (inline: the overlay's style sheet is the in-page team's). */
const NOTE_MARK = {
  position: 'absolute', top: '-4px', right: '-4px', width: '8px', height: '8px', borderRadius: '50%',
  background: '#1d4ed8', border: '1px solid #fff', pointerEvents: 'none',
} as const;

export interface BadgeProps {
  index: number;
  verdict: Verdict;
  claim: string;
  x: number;
  y: number;
  open: boolean;
  cardId: string;
  /** How many notes the reader has on this claim (a small mark on the badge, and said in its name). */
  notes?: number;
  onOpen: (index: number, how: 'hover' | 'focus' | 'click') => void;
  onLeave: (index: number, how: 'hover' | 'blur', related: EventTarget | null) => void;
}

export function Badge(props: BadgeProps) {
  const { index, verdict, claim, x, y, open, cardId } = props;
  return (
    <button
      type="button"
      class={`dl-badge dl-${verdict}`}
      style={{ left: `${x}px`, top: `${y}px` }}
      data-index={index}
      aria-label={props.notes ? `${badgeName(verdict, claim)} (${props.notes} ${props.notes === 1 ? 'note' : 'notes'})` : badgeName(verdict, claim)}
      aria-expanded={open}
      aria-controls={open ? cardId : undefined}
      onMouseEnter={() => props.onOpen(index, 'hover')}
      onMouseLeave={(e) => props.onLeave(index, 'hover', e.relatedTarget)}
      onFocus={() => props.onOpen(index, 'focus')}
      onBlur={(e) => props.onLeave(index, 'blur', e.relatedTarget)}
      onClick={() => props.onOpen(index, 'click')}
    >
      <span aria-hidden="true">{VERDICT_GLYPHS[verdict]}</span>
      {props.notes ? <span class="dl-has-notes" aria-hidden="true" style={NOTE_MARK} /> : null}
    </button>
  );
}
