import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

const at = (text: string, figure: string) => {
  const start = text.lastIndexOf(figure);
  return extractClaims(text).filter((c) => c.start === start);
};

describe('a figure pointed back to with "the"', () => {
  it('is the claim it repeats, parties and event included, and named', () => {
    const text =
      'SoftBank will invest $30 billion in OpenAI. SoftBank said the $30 billion is to be financed by a capital raise.';
    const [c] = at(text, '$30 billion');
    expect(c).toMatchObject({ relation: 'investment', subject: 'softbank', object: 'openai' });
    expect(c!.inferred).toBeFalsy();
  });

  it('takes the earlier claim whose company the sentence names', () => {
    const text =
      'Nvidia will put $30 billion into OpenAI, and SoftBank will invest $30 billion in OpenAI. SoftBank said the $30 billion would come from loans.';
    expect(at(text, '$30 billion')[0]).toMatchObject({ subject: 'softbank' });
  });

  it('is left alone where several claims had the figure and the sentence names none of them', () => {
    const text =
      'Nvidia will put $30 billion into OpenAI, and SoftBank will invest $30 billion in OpenAI. The $30 billion is large.';
    expect(at(text, '$30 billion').every((c) => c.subject !== 'softbank' || c.inferred)).toBe(true);
  });

  it('is not a figure with a noun of its own', () => {
    const text = 'SoftBank will invest $30 billion in OpenAI. The $30 billion round of another startup closed.';
    expect(at(text, '$30 billion').some((c) => c.relation === 'investment' && !c.inferred)).toBe(false);
  });
});
