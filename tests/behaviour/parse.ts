/**
 * The behavioural suites' line format (see tests/behaviour/README.md):
 *   expect | text with [anchor] | options and tags
 * Directives: `@kind mft|neg`, `@date YYYY-MM-DD`, `@fact ID`, `@relation NAME` apply to the lines after them.
 */
const EXPECTATIONS = ['supported', 'contradicted', 'disputed', 'unknown', 'not-contradicted'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];
type Kind = 'mft' | 'neg';

export interface Case {
  family: string;
  /** 1-based line number in the family file, for the failure list. */
  line: number;
  kind: Kind;
  expect: Expectation;
  /** The text as written, with the anchor brackets and the clause mark `^`. */
  raw: string;
  date?: string;
  /** The fact the anchored claim is about (mft), checked for supported/contradicted/disputed. */
  fact?: string;
  relation?: string;
  /** `inv`: apply the invariance transforms; `swap`: reorder the clauses at `^`. */
  tags: Set<string>;
  /** `rename=Google>Meta`: an unrelated company to rename in the INV variants. */
  rename?: [string, string];
  /** `dir` (×3) or `dir=+N` / `dir=xN`: the figure change a directional test applies. */
  dir?: { op: 'mul' | 'add'; by: number };
}

export interface Rendered {
  text: string;
  /** Offsets of the anchor in `text`. */
  start: number;
  end: number;
}

export function parseFamily(family: string, source: string): Case[] {
  const cases: Case[] = [];
  let kind: Kind = 'mft';
  let date: string | undefined;
  let fact: string | undefined;
  let relation: string | undefined;
  source.split('\n').forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${family}:${i + 1}`;
    if (line.startsWith('@')) {
      const [key, value] = line.slice(1).split(/\s+/, 2);
      if (key === 'kind' && (value === 'mft' || value === 'neg')) kind = value;
      else if (key === 'date') date = value || undefined;
      else if (key === 'fact') fact = value || undefined;
      else if (key === 'relation') relation = value || undefined;
      else throw new Error(`${where}: unknown directive ${line}`);
      return;
    }
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length < 2 || parts.length > 3 || parts[1] === '')
      throw new Error(`${where}: expected "expect | text | options"`);
    const expect = parts[0] as Expectation;
    if (!EXPECTATIONS.includes(expect)) throw new Error(`${where}: unknown expectation "${parts[0]}"`);
    const text = parts[1]!;
    if ((text.match(/\[/g) ?? []).length !== 1 || (text.match(/\]/g) ?? []).length !== 1) {
      throw new Error(`${where}: exactly one [anchor] per line`);
    }
    const c: Case = { family, line: i + 1, kind, expect, raw: text, date, fact, relation, tags: new Set() };
    for (const token of (parts[2] ?? '').split(/\s+/).filter(Boolean)) {
      const [key, value] = token.split('=', 2) as [string, string | undefined];
      if (key === 'date') c.date = value;
      else if (key === 'fact') c.fact = value === 'none' ? undefined : value;
      else if (key === 'rel') c.relation = value;
      else if (key === 'rename' && value?.includes('>')) c.rename = value.split('>', 2) as [string, string];
      else if (key === 'dir') c.dir = parseDir(value, where);
      else if (value === undefined) c.tags.add(key);
      else throw new Error(`${where}: unknown option ${token}`);
    }
    if (c.tags.has('swap') && !text.includes(' ^ ')) throw new Error(`${where}: swap needs a " ^ " clause mark`);
    if (c.dir && c.expect !== 'supported') throw new Error(`${where}: dir applies to supported lines`);
    cases.push(c);
  });
  return cases;
}

function parseDir(value: string | undefined, where: string): Case['dir'] {
  if (value === undefined) return { op: 'mul', by: 3 };
  const m = /^([x+])(\d+(?:\.\d+)?)$/.exec(value);
  if (!m) throw new Error(`${where}: dir=xN or dir=+N`);
  return { op: m[1] === '+' ? 'add' : 'mul', by: Number(m[2]) };
}

/** Removes the brackets and records where the anchor lies. */
export function locate(bracketed: string): Rendered {
  const open = bracketed.indexOf('[');
  const close = bracketed.indexOf(']');
  const text = bracketed.slice(0, open) + bracketed.slice(open + 1, close) + bracketed.slice(close + 1);
  return { text, start: open, end: close - 1 };
}
