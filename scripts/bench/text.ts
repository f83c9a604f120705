/**
 * Article text for the engine benchmarks: the fact base's source articles, plus the labeled corpus excerpts in
 * ../shared/corpus when that folder is present (the project never depends on it; without it the sources alone are
 * repeated). Everything is deterministic so runs compare.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SOURCES = resolve('lib/factbase/sources');
const CORPUS = resolve('../shared/corpus');

export interface Article {
  title: string;
  paragraphs: string[];
}

/** The source articles and corpus excerpts, each as its first line (headline) and paragraphs. */
export function loadArticles(): { articles: Article[]; corpus: boolean } {
  const texts: string[] = readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SOURCES, f), 'utf8'));
  let corpus = false;
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS)
      .filter((x) => x.endsWith('.json'))
      .sort()) {
      try {
        const item = JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as { text?: unknown };
        if (typeof item.text === 'string' && item.text.trim()) {
          texts.push(item.text);
          corpus = true;
        }
      } catch {
        // A corpus file that does not parse is skipped: the benchmark needs text, not that file.
      }
    }
  }
  const articles = texts.map((t) => {
    const lines = t
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean);
    return { title: lines[0] ?? '', paragraphs: lines.slice(1) };
  });
  return { articles, corpus };
}

export const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Normal article text of at least `size` UTF-8 bytes: whole articles, repeated, separated by blank lines. */
export function articleText(articles: Article[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const a = articles[i % articles.length]!;
    const t = [a.title, ...a.paragraphs].join('\n');
    parts.push(t);
    length += bytes(t) + 2;
  }
  return parts.join('\n\n');
}

/** A small deterministic PRNG (mulberry32), so generated text and fact bases are the same every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADVERSARIAL_TOKENS = [
  '$',
  '$50',
  '$50 billion',
  '$1.5bn',
  '12',
  '3,000',
  '16,000',
  '2026',
  'billion',
  'billion)',
  '(billion',
  '(',
  ')',
  '($',
  '$(',
  '((',
  '))',
  'up to',
  'as much as',
  'more than',
  'Amazon',
  'OpenAI',
  '(AMZN)',
  'SoftBank',
  'valued at',
  'invest',
  'round',
  'funding',
  'shares',
  'trading at',
  'jobs',
  '%',
  '50%',
  'half',
  'to',
  '-',
  'and',
  'between',
  ',',
  'in talks',
  'the company',
  '$$',
  '9.99',
  '1,234,567',
  'mid-teens billions',
];

/**
 * Adversarial text: dollar signs, digits, "billion", parentheses, company names and money words, with no sentence
 * end anywhere, so every stage sees figures at every turn and the sentence splitter finds nothing to split on.
 */
export function adversarialText(size: number, seed = 7): string {
  const next = random(seed);
  const out: string[] = [];
  let length = 0;
  while (length < size) {
    const t = ADVERSARIAL_TOKENS[Math.floor(next() * ADVERSARIAL_TOKENS.length)]!;
    out.push(t);
    length += bytes(t) + 1;
  }
  return out.join(' ');
}
