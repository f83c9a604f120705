/**
 * A company said to take part in a round, in the words right after its name: "Amazon is expected to take part in
 * OpenAI's fundraising", "SoftBank Weighs Joining OpenAI Round", "Nvidia's participation in the raise", "Gulf funds
 * could take part, people familiar with the raise said". Tested on the lower-cased text after the name.
 */

// Words that may stand between a company and its taking part: auxiliaries, hedges, "in talks to", "is weighing a".
// Anything else (a negation, "said it", another name, "CEO") means the words that follow are not the company's act.
const FILLER = new Set(
  (
    'is are was were be been being has have had will would could may might can should must also too again now still ' +
    'soon reportedly reported said seen set expected likely poised ready keen eager looking hoping seeking aiming aims ' +
    'aim plans plan planning wants want wanted intends intend to in talks discussions negotiations advanced early ' +
    'weighing weighs weigh mulling mulls mull considering considers consider evaluating evaluates evaluate exploring ' +
    'explores explore studying eyeing eyes eye discussing thinking think about pondering a an the its their possible ' +
    'potential new fresh sizable sizeable large big major both all each separately likewise similarly'
  ).split(' '),
);

// A word between the words of taking part and the round that starts another clause ("in talks with OpenAI before the
// round"): the round is then not what the company takes part in.
export const OBJECT_WORD =
  "(?!(?:before|after|ahead|during|since|until|and|or|but|as|while|than|if|when)\\b)[\\w$’'.-]+";
const ROUND = '(?:mega-)?(?:round|funding|fundrais\\w*|fund-rais\\w*|(?<!\\bto )raise)\\b';
// Joining, entering, backing or leading the round, a stake or an investment in it, talks about it.
const PREDICATE =
  '(?:join\\w*|enter(?:s|ing)?|(?:take|takes|taking|took) part|participat\\w*|(?:be|being) (?:part of|in)|part of|' +
  'stakes? in|investments? in|invest(?:s|ing)? in|back(?:s|ing)?|buy(?:s|ing)? into|lead(?:s|ing)?|eyes?|eyeing|' +
  'in (?:talks|discussions|negotiations|conversations))';
// The round at most four words after the words of taking part ("joins race to back OpenAI's mega-round").
const WITH_ROUND = new RegExp(
  `^(?:\\s*,\\s*(?:too|also)\\s*,)?((?:\\s+[\\w’'-]+){0,8}?)\\s+${PREDICATE}((?:\\s+${OBJECT_WORD}){0,4}?)\\s+${ROUND}`,
);
// "Nvidia's participation in OpenAI's raise".
const POSSESSIVE = new RegExp(
  `^['’]s\\s+(?:possible\\s+|potential\\s+|planned\\s+)?(?:participation|involvement|stake|investment|role)\\s+in((?:\\s+${OBJECT_WORD}){0,3}?)\\s+${ROUND}`,
);
// "could take part, people familiar with the raise said": the round is the one the sentence names elsewhere.
const ALONE =
  /^((?:\s+[\w’'-]+){0,8}?)\s+(?:join|joins|joining|(?:take|takes|taking) part|participate|participates|participating|invest)(?:\s+(?:too|also|as well))?\s*(?:[,.;:]|$)/;
// A round placed before the one under way, or words that deny it.
const NOT_THIS_ROUND = /\b(?:previous|prior|earlier|last|past|former|not|no|\d{4})\b/;

/**
 * Where the words after a company (`after`, lower case) say it takes part in a round: the offset in `after` just past
 * the words that name the round (or past the words of taking part when the round is named elsewhere), else undefined.
 */
export function takesPartAfter(after: string): number | undefined {
  const own = POSSESSIVE.exec(after);
  if (own) return NOT_THIS_ROUND.test(own[1]!) ? undefined : own[0].length;
  const m = WITH_ROUND.exec(after) ?? ALONE.exec(after);
  if (!m) return undefined;
  const filler = m[1]!.trim();
  if (filler && !filler.split(/\s+/).every((w) => FILLER.has(w))) return undefined;
  if (m[2] !== undefined && NOT_THIS_ROUND.test(m[2])) return undefined;
  return m[0].length;
}
