import { isPublication, type Mention } from '../entities/mentions';

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
 * Whether text[from, to) names anyone: a mention DealLens knows (an outlet excepted: it reports, it is no party), or a
 * capitalised word that may be a name it does not know. A title-case headline names someone by this test; a guess
 * from it would rest on nothing.
 */
export function namesAnyone(text: string, from: number, to: number, mentions: readonly Mention[]): boolean {
  if (mentions.some((m) => !isPublication(m))) return true;
  const slice = text.slice(from, to);
  CAPITALISED.lastIndex = 0;
  // Words and mentions both come in order: one pass over each, however many outlets a long sentence names.
  let i = 0;
  for (let m = CAPITALISED.exec(slice); m; m = CAPITALISED.exec(slice)) {
    const at = from + m.index;
    while (i < mentions.length && mentions[i]!.end <= at) i++;
    if (i < mentions.length && mentions[i]!.start <= at) continue;
    const word = m[0].replace(/['’]s$|[.'’-]+$/, '');
    if (word.length > 1 && !NOT_A_NAME.has(word)) return true;
  }
  return false;
}
