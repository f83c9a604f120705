import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/check.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'deallens-check-'));
const txt = join(dir, 'a.txt');
writeFileSync(txt, 'Amazon is in talks to invest $10 billion in OpenAI.\nThe weather was fine.');
const html = join(dir, 'b.html');
writeFileSync(
  html,
  `<!doctype html><html><head><title>x</title></head><body><nav>Amazon to invest $99 billion in OpenAI</nav>
<article><h1>Amazon weighs OpenAI stake</h1><p>Amazon is in advanced talks to invest up to $50 billion in OpenAI, people familiar said.
The round could total $100 billion.</p><p>More paragraphs of ordinary news text follow here so that the page reads like an article.</p></article></body></html>`,
);
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '   ');

describe('check', { timeout: 60_000 }, () => {
  it('prints one JSON array with offsets into the file', () => {
    const r = run('--json', txt);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    const claim = out[0].claims.find((c: { relation: string }) => c.relation === 'investment');
    expect(claim).toMatchObject({ verdict: 'contradicted', text: '$10 billion', facts: ['amazon-openai-investment'] });
    expect('Amazon is in talks to invest $10 billion in OpenAI.'.slice(claim.start, claim.end)).toBe('$10 billion');
    expect(typeof claim.why).toBe('string');
  });

  it('reads the article of an HTML file, not its navigation', () => {
    const out = JSON.parse(run('--json', html).stdout);
    const texts = out[0].claims.map((c: { text: string }) => c.text);
    expect(texts).toContain('up to $50 billion');
    expect(texts).not.toContain('$99 billion');
  });

  it('reports unreadable and empty files on stderr, exits non-zero, and still reports the others', () => {
    const r = run('--json', join(dir, 'missing.txt'), empty, txt);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read .*missing\.txt/);
    expect(r.stderr).toMatch(/empty\.txt is empty/);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([txt]);
  });

  it('prints a readable report without --json', () => {
    const r = run(txt);
    expect(r.stdout).toMatch(/Contradicted/);
    expect(r.stdout).toMatch(/a\.txt: \d+ claims?/);
  });
});
