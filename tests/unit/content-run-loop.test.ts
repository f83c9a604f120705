/**
 * The content script's run loop driven with plain objects for the page, the background and the overlay: one run at a
 * time, a change during a round trip asks for exactly one more run, and an answer a reset or switching off overtook
 * is never drawn nor reported.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RunLoop, type RunPorts } from '@/entrypoints/content/run-loop';
import type { Annotation, Verdict } from '@/lib/verdicts/types';
import type { AnalyzeResult } from '@/lib/protocol';

const CLAIM = /Amazon invests \$\d+ billion/g;

/** The background's answer for a text: each claim found in it, with the verdict given. */
function answer(text: string, verdict: Verdict): AnalyzeResult {
  const annotations: Annotation[] = [...text.matchAll(CLAIM)].map((m) => ({
    claim: {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      relation: 'investment',
      event: { words: [] },
    },
    verdict,
    facts: [],
    why: '',
  }));
  return { annotations, facts: [] };
}

interface Asked {
  text: string;
  reply: (verdict: Verdict) => void;
}

function setUp(html: string) {
  document.body.innerHTML = `<article>${html}</article>`;
  const root = document.querySelector('article')!;
  const asked: Asked[] = [];
  const drawn: string[][] = [];
  const reported: string[][] = [];
  let on = true;
  const ports: RunPorts = {
    enabled: () => on,
    readPage: () => {
      const paragraphs = Array.from(root.querySelectorAll('p'));
      const chunks = paragraphs.map((p, block) => {
        const node = p.firstChild as Text;
        return { node, text: node.data, block };
      });
      return Promise.resolve({ root, chunks });
    },
    dateOf: () => undefined,
    analyze: (text) =>
      new Promise<AnalyzeResult>((resolve) => asked.push({ text, reply: (v) => resolve(answer(text, v)) })),
    observeRoot: () => undefined,
    hasOverlay: () => true,
    prepare: () => undefined,
    draw: () => drawn.push(loop.claims.map((c) => `${c.annotation.verdict}: ${c.range.toString()}`)),
    afterSlice: () => Promise.resolve(),
    report: (annotations) => reported.push(annotations.map((a) => `${a.verdict}: ${a.claim.text}`)),
    failed: (err) => {
      throw err;
    },
  };
  const loop = new RunLoop(ports);
  return { loop, root, asked, drawn, reported, switchOff: () => (on = false) };
}

async function until(cond: () => boolean) {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('RunLoop', () => {
  it('draws and reports the claims of an answer, placed on the page', async () => {
    const { loop, asked, drawn, reported } = setUp('<p>Amazon invests $50 billion in OpenAI.</p>');
    loop.run();
    await until(() => asked.length === 1);
    asked[0]!.reply('supported');
    await loop.idle();
    expect(drawn).toEqual([['supported: Amazon invests $50 billion']]);
    expect(reported).toEqual([['supported: Amazon invests $50 billion']]);
  });

  it('drops an answer that a reset overtook, and the run asked for meanwhile checks again', async () => {
    const { loop, asked, drawn, reported } = setUp('<p>Amazon invests $50 billion in OpenAI.</p>');
    loop.run();
    await until(() => asked.length === 1);
    // The reader's sources changed during the round trip (see in-page.ts): forget, then run again.
    loop.forget();
    loop.run();
    asked[0]!.reply('supported');
    await until(() => asked.length === 2);
    asked[1]!.reply('contradicted');
    await loop.idle();
    expect(loop.runs).toBe(2);
    expect(drawn).toEqual([['contradicted: Amazon invests $50 billion']]);
    expect(reported).toEqual([['contradicted: Amazon invests $50 billion']]);
  });

  it('draws and reports nothing when DealLens is switched off during the round trip', async () => {
    const { loop, asked, drawn, reported, switchOff } = setUp('<p>Amazon invests $50 billion in OpenAI.</p>');
    loop.run();
    await until(() => asked.length === 1);
    switchOff();
    asked[0]!.reply('supported');
    await loop.idle();
    expect(drawn).toEqual([]);
    expect(reported).toEqual([]);
  });

  it('a change during a round trip triggers exactly one more run, which checks only the new text', async () => {
    const { loop, root, asked, drawn, reported } = setUp(
      '<p>Amazon invests $50 billion in OpenAI.</p><p>Shares rose.</p>',
    );
    loop.run();
    await until(() => asked.length === 1);
    const second = root.querySelectorAll('p')[1]!.firstChild as Text;
    second.data = 'Later, Amazon invests $60 billion more.';
    // A burst of mutations asks for several runs; one more is enough.
    loop.run();
    loop.run();
    loop.run();
    asked[0]!.reply('supported');
    await until(() => asked.length === 2);
    expect(asked[1]!.text).toContain('$60 billion');
    expect(asked[1]!.text).not.toContain('Shares rose');
    asked[1]!.reply('unknown');
    await loop.idle();
    expect(loop.runs).toBe(2);
    expect(asked).toHaveLength(2);
    // The first answer's claim in the unchanged paragraph is drawn; the second run adds the new one.
    expect(drawn.at(-1)).toEqual(['supported: Amazon invests $50 billion', 'unknown: Amazon invests $60 billion']);
    expect(reported.at(-1)).toEqual(drawn.at(-1));
  });
});
