import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePack } from '../../lib/factbase/pack';

const tsx = (...args: string[]) => spawnSync('npx', ['tsx', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'deallens-pack-'));
const sources = join(dir, 'articles');
mkdirSync(sources);
const article =
  'Anthropic raises new funds\n\nMarch 3, 2026 — Anthropic was valued at $380 billion in its latest funding round, ' +
  'the company said. Amazon is in talks to invest up to $40 billion in OpenAI, people familiar with the matter said.\n';
writeFileSync(join(sources, 'a.txt'), article);
const page = join(dir, 'page.txt');
writeFileSync(
  page,
  'Anthropic was valued at $380 billion, people said. Amazon may invest up to $50 billion in OpenAI.',
);
const pack = join(dir, 'pack.json');

describe('fact packs from the command line', { timeout: 90_000 }, () => {
  it('facts --sources builds a valid pack whose quotes are verbatim in the texts it carries', () => {
    const r = tsx('scripts/facts.ts', '--sources', sources, '--out', pack);
    expect(r.status, r.stderr).toBe(0);
    const built = parsePack(readFileSync(pack, 'utf8'));
    expect(built.format).toBe('deallens-fact-pack');
    expect(built.sources).toHaveLength(1);
    expect(built.sources[0]!.text).toBe(article);
    expect(built.facts.map((f) => f.id)).toContain('amazon-openai-investment');
  });

  it('check --pack judges against the bundled base and the pack', () => {
    const verdicts = (...args: string[]) =>
      (
        JSON.parse(tsx('scripts/check.ts', ...args, '--json', page).stdout) as {
          claims: { relation: string; verdict: string }[];
        }[]
      )[0]!.claims.map((c) => `${c.relation}:${c.verdict}`);
    expect(verdicts()).toEqual(['valuation:unknown', 'investment:supported']);
    expect(verdicts('--pack', pack)).toEqual(['valuation:supported', 'investment:disputed']);
    // The bundled fact base is a pack too: given again, it changes nothing.
    expect(verdicts('--pack', 'lib/factbase/generated/factbase.json')).toEqual([
      'valuation:unknown',
      'investment:supported',
    ]);
  });

  it('a bad pack is refused with a message and exit code 2', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 1, "sources": []}');
    const r = tsx('scripts/check.ts', '--pack', bad, page);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot use pack .*not a DealLens fact pack/);
  });
});
