import type { ClaimReport } from '@/lib/messages';
import { VERDICT_LABELS } from '@/lib/verdicts/types';
import { VerdictChip } from './verdict-chip';

interface Props {
  claims: readonly ClaimReport[];
  /** Called with the claim's index when the reader picks it (to scroll the page to it). */
  onSelect: (index: number) => void;
  showWhy?: boolean;
}

/** The page's claims in page order; each is a button whose name starts with its verdict, like the page's badges. */
export function ClaimList({ claims, onSelect, showWhy = false }: Props) {
  return (
    <ol class="claim-list">
      {claims.map((c) => (
        <li key={c.index} data-verdict={c.verdict}>
          <button
            type="button"
            class="claim"
            data-index={c.index}
            aria-label={`${VERDICT_LABELS[c.verdict]}: ${c.text}`}
            title={c.why}
            onClick={() => onSelect(c.index)}
          >
            <VerdictChip verdict={c.verdict} />
            <span class="claim-text">{c.text}</span>
          </button>
          {showWhy && c.why ? <p class="why">{c.why}</p> : null}
        </li>
      ))}
    </ol>
  );
}
