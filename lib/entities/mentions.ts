import { ENTITIES, canonicalId, entityById, type Entity } from './catalogue';

export interface Mention {
  start: number;
  end: number;
  /** Canonical entity id ("aws" is reported as "amazon"). */
  id: string;
  /** The catalogue entry actually named ("aws"). */
  named: string;
  kind: Entity['kind'];
  /** Found through an epithet ("the e-commerce giant") rather than a name. */
  epithet: boolean;
  /** A "the company" reference resolved to an entity. */
  generic?: boolean;
  /**
   * A word for a kind of company ("the retailer") taken to mean the one of that kind named nearby: a company DealLens
   * does not know may be meant, so claims made on it may agree with a fact, never contradict one.
   */
  guessed?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");

interface Pattern {
  re: RegExp;
  lookup: Map<string, Entity>;
}

function build(): { names: Pattern; epithets: Pattern } {
  const names = new Map<string, Entity>();
  const epithets = new Map<string, Entity>();
  for (const e of ENTITIES) {
    for (const a of e.aliases) {
      names.set(a.replace(/’/g, "'"), e);
      // Headlines in capitals ("AMAZON IN TALKS WITH OPENAI"): a name of four letters or more, in capitals, is the same name.
      if (a.length >= 4) names.set(a.replace(/’/g, "'").toUpperCase(), e);
    }
    for (const a of e.epithets ?? []) epithets.set(a.toLowerCase().replace(/’/g, "'"), e);
  }
  const alt = (keys: string[]) =>
    keys
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
  // Every name starts with a letter, so `\b` holds wherever `(?<![\w-])` does; the hyphen before a name is checked
  // after a match. A lookbehind at the head of the pattern would be tried at every position of the text.
  if (![...names.keys(), ...epithets.keys()].every((k) => /^\w/.test(k)))
    throw new Error('entity names must start with a letter');
  return {
    // Longest alternative first; a name must not be glued to other letters ("Amazonian", "MetaMask").
    names: { re: new RegExp(`\\b(?:${alt([...names.keys()])})(?![\\w])`, 'g'), lookup: names },
    epithets: { re: new RegExp(`\\b(?:${alt([...epithets.keys()])})(?![\\w-])`, 'gi'), lookup: epithets },
  };
}

const PATTERNS = build();

/** Every entity named in text[from, to), in order, overlapping mentions resolved to the longest. */
export function findMentions(text: string, from = 0, to = text.length): Mention[] {
  const slice = text.slice(from, to);
  const found: Mention[] = [];
  for (const [pattern, epithet] of [
    [PATTERNS.names, false],
    [PATTERNS.epithets, true],
  ] as const) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(slice); m; m = pattern.re.exec(slice)) {
      // "-Amazon" is not a mention; the scan goes on from the next character, as the lookbehind's would.
      if (m.index > 0 && slice.charCodeAt(m.index - 1) === 45) {
        pattern.re.lastIndex = m.index + 1;
        continue;
      }
      const written = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
      const key = epithet ? written.toLowerCase() : written;
      const e = pattern.lookup.get(key);
      if (!e) continue;
      found.push({
        start: from + m.index,
        end: from + m.index + m[0].length,
        id: canonicalId(e.id),
        named: e.id,
        kind: e.kind,
        epithet,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    // "Saudi Arabia's Public Investment Fund (PIF)": the bracketed alias is part of the same mention.
    if (last && last.id === m.id && text.charCodeAt(m.end) === 41 && /^\s*\($/.test(text.slice(last.end, m.start))) {
      last.end = m.end + 1;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** A news outlet: what a claim about who reported a story names, and never a party to anything else. */
export const isPublication = (m: Mention): boolean => m.kind === 'publication';

export function isCompany(m: Mention): boolean {
  const e = entityById(m.named);
  return !!e && (e.kind === 'company' || e.kind === 'fund') && m.named !== 'chatgpt';
}
