/**
 * Everything DealLens draws in the page: each claim's mark and badge and at most one open evidence card, rendered into
 * a single shadow root that sits outside the article's flow. Positions come from the content script in the overlay's
 * own coordinates; which card is open is decided by useCard, where it goes by placeCard.
 */
import { Badge } from './badge';
import { ClaimMarks } from './claim-marks';
import type { Box } from '@/lib/dom/line-marks';
import { EvidenceCard } from './evidence-card';
import type { PageClaim } from '@/lib/dom/page-claim';
import { useCard } from './use-card';
import { placeCard, type Viewport } from './card-placement';

export interface OverlayProps {
  /**
   * The claims with a badge, and where each badge goes (overlay coordinates), or null when the claim is not laid out
   * (hidden, collapsed); `marks` are the boxes its text covers, a box per line.
   */
  claims: (Pick<PageClaim, 'index' | 'annotation' | 'evidence' | 'notesFrame'> & {
    at: { x: number; y: number } | null;
    marks: Box[];
  })[];
  /** The visible part of the page in overlay coordinates, to keep the card on screen. */
  viewport: Viewport;
  /** The shadow root the overlay lives in: where focus is decides whether a card stays open. */
  root: ShadowRoot;
}

const CARD_ID = 'deallens-card';

export function Overlay({ claims, viewport, root }: OverlayProps) {
  const { openClaim, openIndex, badge, card } = useCard(root, claims);
  const cardAt = openClaim?.at ? placeCard(openClaim.at, viewport) : null;
  return (
    <div class="dl-root">
      <ClaimMarks claims={claims} />
      {claims.map((c) =>
        c.at ? (
          <Badge
            key={c.index}
            index={c.index}
            verdict={c.annotation.verdict}
            claim={c.annotation.claim.text}
            x={c.at.x}
            y={c.at.y}
            open={openIndex === c.index}
            cardId={CARD_ID}
            {...badge}
          />
        ) : null,
      )}
      {openClaim && cardAt ? (
        <EvidenceCard
          id={CARD_ID}
          evidence={openClaim.evidence()}
          notesFrame={openClaim.notesFrame}
          x={cardAt.x}
          y={cardAt.y}
          above={cardAt.above}
          {...card}
        />
      ) : null}
    </div>
  );
}
