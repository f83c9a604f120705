/**
 * One claim's badge: a small button at the end of the claim. Its accessible name starts with the verdict's label
 * ("Contradicted: Amazon is in talks to invest $10 billion in OpenAI"); screen readers and tests rely on it. The
 * mark differs per verdict so it never rests on colour alone.
 *
 * The button is the same 17 px transparent box for every verdict, and the glyph drawn inside it (smaller for "Not in
 * fact base") takes no pointer events: the page's script can hit-test where badges are, so their hit boxes must not
 * tell one verdict from another.
 */
import { VERDICT_LABELS, type Verdict } from '@/lib/verdicts/types';
import { VERDICT_GLYPHS } from '@/lib/verdict-glyphs';

/** The longest claim text read out in a badge's name; the card shows it whole. */
const NAME_CLAIM_MAX = 160;

function badgeName(verdict: Verdict, claim: string): string {
  const text = claim.length > NAME_CLAIM_MAX ? `${claim.slice(0, NAME_CLAIM_MAX - 1)}…` : claim;
  return `${VERDICT_LABELS[verdict]}: ${text}`;
}

export interface BadgeProps {
  index: number;
  verdict: Verdict;
  claim: string;
  x: number;
  y: number;
  open: boolean;
  cardId: string;
  /** `event` is the DOM event, for the overlay to tell the reader's input from the page's script. */
  onOpen: (index: number, how: 'hover' | 'focus' | 'click', event: Event) => void;
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
      aria-label={badgeName(verdict, claim)}
      aria-expanded={open}
      aria-controls={open ? cardId : undefined}
      onMouseEnter={(e) => props.onOpen(index, 'hover', e)}
      onMouseLeave={(e) => e.isTrusted && props.onLeave(index, 'hover', e.relatedTarget)}
      onFocus={(e) => props.onOpen(index, 'focus', e)}
      onBlur={(e) => props.onLeave(index, 'blur', e.relatedTarget)}
      onClick={(e) => props.onOpen(index, 'click', e)}
    >
      <span class="dl-glyph" aria-hidden="true">
        {VERDICT_GLYPHS[verdict]}
      </span>
    </button>
  );
}
