import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';

const investments = (text: string) =>
  analyze(text, { documentDate: '2026-02-03' })
    .filter((c) => c.claim.relation === 'investment')
    .map((c) => [c.claim.text, c.claim.subject, c.claim.object]);

describe('money said to come from a company', () => {
  it('is that company’s investment in whoever raises it', () => {
    expect(investments('OpenAI is in talks to raise up to $50 billion from Amazon.')).toEqual([
      ['up to $50 billion', 'amazon', 'openai'],
    ]);
    expect(investments('OpenAI held talks with Amazon about raising at least $10 billion.')).toEqual([
      ['at least $10 billion', 'amazon', 'openai'],
    ]);
    expect(investments('Up to $30 billion could come from SoftBank, people said.')).toEqual([
      ['Up to $30 billion', 'softbank', undefined],
    ]);
  });

  it('leaves a list of investors with their own figures to each of them', () => {
    expect(investments('The round includes $30 billion from Nvidia and $50 billion from Amazon.')).toEqual([
      ['$30 billion', 'nvidia', undefined],
      ['$50 billion', 'amazon', undefined],
    ]);
  });

  it('is not a purchase from a company', () => {
    expect(investments('OpenAI signed a $38 billion deal to buy computing from Amazon.')).toEqual([]);
  });
});
