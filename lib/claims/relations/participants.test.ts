import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';
import { takesPartAfter } from './taking-part';

const participants = (text: string) =>
  extractClaims(text, { documentDate: '2026-02-03' })
    .filter((c) => c.relation === 'participants')
    .map((c) => ({ text: c.text, subject: c.subject, object: c.object }));

describe('participants claims', () => {
  it('take the words of taking part after a company, hedged or not', () => {
    expect(takesPartAfter(' is reportedly weighing a stake in the new round.')).toBeDefined();
    expect(takesPartAfter(' could take part, people close to the raise said.')).toBeDefined();
    expect(takesPartAfter("'s involvement in the raise is likely.")).toBeDefined();
  });

  it('leave out denials, other subjects, earlier rounds and a raise that is a verb', () => {
    expect(takesPartAfter(' has no plans to join the round.')).toBeUndefined();
    expect(takesPartAfter(' said it would join the round.')).toBeUndefined();
    expect(takesPartAfter(' ceo is in talks about the round.')).toBeUndefined();
    expect(takesPartAfter(" joined openai's previous round.")).toBeUndefined();
    expect(takesPartAfter(' is in talks to raise debt.')).toBeUndefined();
  });

  it("name the startup whose round it is, so another startup's round is not OpenAI's", () => {
    expect(participants('Microsoft may join the round xAI is raising.')).toEqual([
      { text: 'Microsoft', subject: 'microsoft', object: 'xai' },
    ]);
    expect(participants("Anthropic's new funding could draw Nvidia.")).toEqual([
      { text: 'Nvidia', subject: 'nvidia', object: 'anthropic' },
    ]);
    expect(participants('Nvidia may join the round, a person said.')).toEqual([
      { text: 'Nvidia', subject: 'nvidia', object: undefined },
    ]);
  });

  it('count talks with a company about the round, not talks with it about anything else', () => {
    expect(participants('OpenAI met SoftBank over the raise.')).toEqual([
      { text: 'SoftBank', subject: 'softbank', object: undefined },
    ]);
    expect(participants('OpenAI met SoftBank over chips before the round.')).toEqual([]);
  });
});
