import { findMentions, isPublication } from '../entities/mentions';

// Capitalised words that name no one: words that open sentences, time words, and the few abbreviations deal news uses.
// Any other capitalised word may be a company DealLens does not know ("Walmart", "Brightline Foods").
const NOT_A_NAME = new Set(
  (
    'The A An It Its This That These Those He She They We I You Our Their His Her Who What Why How Where When Here ' +
    'There In On At For By To From Of With Without Into Over Under About Around Roughly Some Many Most More Other ' +
    'Such Both All Any Each Every No Not But And Or So If As After Before While Since Until Once Still Also Yet Then ' +
    'Now Today Meanwhile However Last Next Earlier Later Workers Employees Staff People Sources Officials Analysts ' +
    'Investors Shares Insiders Readers Executives Customers Shoppers ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday AI CEO CFO IPO US U.S UK EU USD'
  ).split(' '),
);

/** One capitalised word: a letter, then letters, digits, and the marks names carry inside ("AT&T", "U.S."). */
const CAPITALISED = /\b[A-Z][\w&'’.-]*/g;

/**
 * Whether a text names anyone anywhere: a company, person or product DealLens knows (by name or epithet), or a
 * capitalised word that may be a name it does not know; an outlet ("Reuters reported") names no party. A text that
 * names no one is the only one where an unnamed subject ("the retailer", "the company") may be guessed: there, no
 * other company can be meant. A title-case headline names someone by this test.
 */
export function namesAnyone(text: string): boolean {
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const word = m[0].replace(/['’]s$|[.'’-]+$/, '');
    if (word.length < 2 || NOT_A_NAME.has(word)) continue;
    // Looked up around the word only: a real article stops at its first name, and no text is scanned twice.
    const [outlet] = findMentions(text, m.index, Math.min(text.length, m.index + 60));
    if (!outlet || outlet.start !== m.index || !isPublication(outlet)) return true;
    CAPITALISED.lastIndex = Math.max(CAPITALISED.lastIndex, outlet.end);
  }
  // Epithets are written in lower case ("the e-commerce giant"): only a text with no capitalised name gets this far.
  return findMentions(text).some((m) => !isPublication(m));
}
