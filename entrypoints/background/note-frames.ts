/**
 * Notes written in the page's cards go through an extension-origin frame (entrypoints/note-frame/), never through the
 * content script: the page can script its own document (and its keyboard events reach the page first), but it cannot
 * read, type into or click inside an extension frame. The content script only offers the claim; the frame saves.
 * Offers live in memory: a worker restart forgets them, and the frame then asks the reader to reopen the card.
 */
import { browser, type Browser } from 'wxt/browser';
import { noteTokenSchema, offerClaimNoteSchema, saveClaimNoteSchema } from '@/lib/messages';
import { onMessage } from '@/adapters/messaging';
import { NotesError } from '@/lib/notes/errors';
import { pageKey, type ClaimTarget } from '@/lib/notes/model';
import { NOTES_PER_PAGE_PER_MINUTE, NOTES_RATE_MESSAGE, RateLimit } from '@/lib/notes/rate-limit';
import { changed, sameOriginAsSender, withNotes } from './notes';
import { fromContentScript, fromExtensionPage } from './senders';

interface Offer {
  tabId: number;
  target: ClaimTarget;
  count: number;
}

/** Offers per token, oldest first; a tab opening card after card keeps only its latest few. */
const offers = new Map<string, Offer>();
const MAX_OFFERS = 200;
const limit = new RateLimit(NOTES_PER_PAGE_PER_MINUTE, 60_000);

/** The offer a frame's token stands for, only to a frame inside the tab it was made for. */
function offerFor(token: string, sender: Browser.runtime.MessageSender): Offer {
  fromExtensionPage(sender);
  const offer = offers.get(token);
  if (!offer || sender.tab?.id !== offer.tabId) {
    throw new NotesError(
      'invalid',
      'This note box has expired (DealLens restarted). Close the card and open it again.',
    );
  }
  return offer;
}

export function registerNoteFrames() {
  // eslint-disable-next-line @typescript-eslint/require-await -- async, so that a refusal thrown here reaches the sender as a rejection
  onMessage('contentOfferClaimNote', async (msg) => {
    const tabId = fromContentScript(msg.sender);
    const { target, count } = offerClaimNoteSchema.parse(msg.data);
    sameOriginAsSender(target.url, msg.sender);
    const token = crypto.randomUUID();
    offers.set(token, { tabId, target, count });
    for (const old of offers.keys()) {
      if (offers.size <= MAX_OFFERS) break;
      offers.delete(old);
    }
    return token;
  });

  // eslint-disable-next-line @typescript-eslint/require-await -- async, so that a refusal thrown here reaches the sender as a rejection
  onMessage('pageClaimNoteOffer', async (msg) => {
    const offer = offerFor(noteTokenSchema.parse(msg.data).token, msg.sender);
    return { quote: offer.target.quote, count: offer.count };
  });

  onMessage('pageSaveClaimNote', async (msg) => {
    const { token, text, tags } = saveClaimNoteSchema.parse(msg.data);
    const offer = offerFor(token, msg.sender);
    if (!limit.take(`${offer.tabId} ${pageKey(offer.target.url)}`, Date.now()))
      throw new NotesError('rate', NOTES_RATE_MESSAGE);
    const note = await changed(await withNotes((r) => r.add({ text, tags, target: offer.target })));
    offer.count++;
    return note;
  });

  browser.tabs.onRemoved.addListener((tabId: number) => {
    for (const [token, offer] of offers) if (offer.tabId === tabId) offers.delete(token);
  });
}
