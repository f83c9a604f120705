/**
 * A claim DealLens found on the page — the one name for it from the content script to the overlay and the notes:
 * what the background said of it, where its text is, and what its badge opens.
 */
import type { Annotation } from '../verdicts/types';
import type { Evidence } from '../evidence';

export interface PageClaim {
  /** Its place among the page's claims, in text order (the popup and the keyboard address claims by it). */
  index: number;
  annotation: Annotation;
  range: Range;
  /** False for "Not in fact base" claims when the reader hid them. */
  shown: boolean;
  /** Resolved only when the card opens. */
  evidence: () => Evidence;
  /** The address of this claim's notes frame (see entrypoints/content/page-notes.ts). */
  notesFrame?: () => Promise<string>;
}
