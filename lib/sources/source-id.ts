/** Ids of the reader's sources: derived from the article, so the same article added twice is one source. */
function fnv(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The same article (address and text) gets the same id, so adding it twice edits it. */
export function sourceIdFor(url: string, text: string): string {
  const key = `${url}\n${text}`;
  return `src-${fnv(key, 2166136261)}${fnv(key, 374761393)}`;
}
