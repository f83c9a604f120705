/**
 * The zod-free part of the note model: size limits, the URL check, the page key and tag normalising. The content
 * script needs these (to anchor notes on claims, file them under the page, write a note from a card) without
 * carrying zod into every news page. lib/notes/model.ts re-exports them.
 */
export const LIMITS = {
  text: 20_000,
  tags: 50,
  tag: 100,
  url: 4000,
  quote: 2000,
  context: 400,
  title: 1000,
  factId: 200,
  id: 100,
} as const;

export function isHttpUrl(u: string): boolean {
  try {
    const p = new URL(u).protocol;
    return p === 'https:' || p === 'http:';
  } catch {
    return false;
  }
}

/** Query parameters that only say where a click came from: the same article with or without them is one page. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|taid|smid|guccounter|_ga|ref_src)$/i;

/**
 * The key notes of one page are filed under: the URL without fragment, tracking parameters or a trailing slash.
 * Pure string work so it runs in the background, the content script and Node alike.
 */
export function pageKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim();
  }
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  let s = `${u.protocol}//${u.host.toLowerCase()}${u.pathname}${u.search}`;
  if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
  return s;
}

/** Tags as the reader typed them, trimmed, without a leading '#', without empties or case-insensitive duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.normalize('NFC').trim().replace(/^#+/, '').replace(/\s+/g, ' ').slice(0, LIMITS.tag);
    const key = tagKey(t);
    if (!t || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** The form tags are indexed and searched by: case- and accent-insensitive. */
export function tagKey(tag: string): string {
  return foldText(tag.trim().replace(/^#+/, ''));
}

/** Lower case, no diacritics, one kind of quote and dash: what search compares. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}
