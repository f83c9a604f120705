/** Where the evidence card goes: beside its badge, inside the visible part of the page. */

const CARD_WIDTH = 360;
/**
 * The card's height in the overlay's CSS: one height for every card, however much it says, since the page's script
 * can measure the card's box by hit testing, and a short card would tell it "Not in fact base" or how many notes.
 */
const CARD_HEIGHT = 420;

/** A box in overlay coordinates. */
export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The card's corner for a badge at `at` (overlay coordinates), and whether it is drawn upwards from there. */
export function placeCard(at: { x: number; y: number }, viewport: Viewport): { x: number; y: number; above: boolean } {
  const maxX = viewport.left + viewport.width - CARD_WIDTH - 8;
  // Below the badge, unless that runs past the bottom of the window and there is room above: a card hanging
  // below the page's end would lengthen the page (and could bring up a scrollbar that moves the layout).
  const bottom = viewport.top + viewport.height;
  const above = at.y + 26 + CARD_HEIGHT > bottom && at.y - CARD_HEIGHT - 8 > viewport.top;
  return {
    x: Math.max(viewport.left + 8, Math.min(at.x - 24, maxX)),
    y: above ? at.y - 6 : at.y + 26,
    above,
  };
}
