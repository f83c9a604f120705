import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextMap, BLOCK_SEPARATOR, type TextChunk } from './text-map';

const chunk = (node: string, text: string, block: number): TextChunk<string> => ({ node, text, block });

describe('buildTextMap', () => {
  it('collapses whitespace, trims blocks and joins them with a blank line', () => {
    const map = buildTextMap([
      chunk('a', '\n   Amazon is in  talks', 0),
      chunk('b', ' to invest ', 0),
      chunk('c', '$50\u00a0billion. \n', 0),
      chunk('d', '  Second\tparagraph ', 1),
    ]);
    expect(map.text).toBe(`Amazon is in talks to invest $50 billion.${BLOCK_SEPARATOR}Second paragraph`);
    expect(map.blocks).toEqual([
      { start: 0, end: 41 },
      { start: 43, end: 59 },
    ]);
  });

  it('maps a span of the text back to the nodes and offsets it came from', () => {
    const map = buildTextMap([chunk('a', '  Amazon is in ', 0), chunk('b', 'talks to invest', 0)]);
    const start = map.text.indexOf('in talks');
    const pos = map.positionOf(start, start + 'in talks'.length);
    expect(pos).toEqual({ startNode: 'a', startOffset: 12, endNode: 'b', endOffset: 5 });
  });

  it('skips the separator at either end of a span', () => {
    const map = buildTextMap([chunk('a', 'One.', 0), chunk('b', 'Two.', 1)]);
    expect(map.positionOf(4, 7)).toEqual({ startNode: 'b', startOffset: 0, endNode: 'b', endOffset: 1 });
    expect(map.positionOf(4, 6)).toBeNull();
    expect(map.blockAt(5)).toBe(-1);
    expect(map.blockAt(6)).toBe(1);
  });

  it('leaves out invisible characters but keeps the mapping exact', () => {
    const map = buildTextMap([chunk('a', 'up to $50 bil\u00adlion in\u200b Open', 0), chunk('b', 'AI', 0)]);
    expect(map.text).toBe('up to $50 billion in OpenAI');
    const at = map.text.indexOf('billion');
    expect(map.positionOf(at, at + 7)).toEqual({ startNode: 'a', startOffset: 10, endNode: 'a', endOffset: 18 });
  });

  it('drops blocks with only whitespace', () => {
    const map = buildTextMap([chunk('a', '  ', 0), chunk('b', 'x', 1), chunk('c', '\n', 2)]);
    expect(map.text).toBe('x');
    expect(map.blocks).toHaveLength(1);
  });

  it('every non-separator character maps to the same character in its node (property)', () => {
    const piece = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', '$', '5', '\u00a0') }),
      newBlock: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        let block = 0;
        const chunks = pieces.map((p, i) => ({ node: `n${i}`, text: p.text, block: p.newBlock ? ++block : block }));
        const map = buildTextMap(chunks);
        const byNode = new Map(chunks.map((c) => [c.node, c.text]));
        for (let i = 0; i < map.text.length; i++) {
          const pos = map.positionOf(i, i + 1);
          if (map.blockAt(i) < 0) {
            expect(pos).toBeNull();
            continue;
          }
          const source = byNode.get(pos!.startNode)![pos!.startOffset]!;
          const c = map.text[i]!;
          if (c === ' ') expect(/\s/.test(source)).toBe(true);
          else expect(source).toBe(c);
        }
        expect(map.text).not.toMatch(/^\s|\s$| {2}/);
      }),
    );
  });
});
