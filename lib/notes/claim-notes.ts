/**
 * Notes on the claims of a page as the content script sees it: which claim each note belongs to now (found again
 * by its quote, even after the page changed), and the target a new note on a claim records. Pure: text and offsets.
 */
import { claimAt, placeNotes } from './anchor';
import { LIMITS } from './keys';
import type { ClaimTarget, Note } from './model';
import type { Annotation } from '../verdicts/types';

/** Characters of context stored on each side of a claim's quote, to tell repeats apart later. */
const CONTEXT_CHARS = 64;

export interface ClaimsOnPage {
  /** The claim index -> its notes. */
  byClaim: Map<number, Note[]>;
  /** Claim notes of this page that no claim on it now matches: kept and listed in the side panel, never dropped. */
  unplaced: Note[];
}

export function notesOnClaims(
  notes: readonly Note[],
  text: string,
  claims: readonly { start: number; end: number }[],
): ClaimsOnPage {
  const claimNotes = notes.filter((n): n is Note & { target: ClaimTarget } => n.target.kind === 'claim');
  const { placed, unplaced } = placeNotes(claimNotes, text);
  const byClaim = new Map<number, Note[]>();
  const stray: Note[] = [...unplaced];
  for (const { note, placement } of placed) {
    const i = claimAt(placement, claims);
    if (i < 0) {
      stray.push(note);
      continue;
    }
    const list = byClaim.get(i) ?? [];
    list.push(note);
    byClaim.set(i, list);
  }
  return { byClaim, unplaced: stray };
}

/** What a note on this claim remembers: the page, the quote with its context, and the verdict shown now. */
export function claimTarget(
  { claim, verdict }: Pick<Annotation, 'claim' | 'verdict'>,
  pageText: string,
  url: string,
  title: string,
): ClaimTarget {
  return {
    kind: 'claim',
    url: url.slice(0, LIMITS.url),
    quote: claim.text.slice(0, LIMITS.quote),
    prefix: pageText.slice(Math.max(0, claim.start - CONTEXT_CHARS), claim.start),
    suffix: pageText.slice(claim.end, claim.end + CONTEXT_CHARS),
    verdict,
    relation: claim.relation,
    ...(title ? { pageTitle: title.slice(0, LIMITS.title) } : {}),
  };
}
