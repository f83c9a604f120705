/** Character classes tested on char codes: a regex test per character allocates a one-character string each time. */

/** `/\s/`, exactly as JavaScript regular expressions define it. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The run of letters that ends text[from, to) once trailing spaces are skipped, lower-cased ('' when there is none):
 * the word a phrase anchored at the end (`…\s*$`) would have to end with.
 */
export function lastWord(text: string, from: number, to: number): string {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > from && isLetter(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}

/**
 * Whether `text` holds any of `words`: the cheap test before a regex every match of which holds one of them (most
 * sentences hold none, and a few substring searches cost less than the regex's scan).
 */
export function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** `/\w/`: `[A-Za-z0-9_]`. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `/[A-Za-z]/` */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
