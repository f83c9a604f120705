import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim } from '../parties';

const LAUNCH = /\b(?:launch(?:ed)?|release[d]?|debut(?:ed)?|introduc\w+|came out|went live|rolled out|unveiled)\b/;

/** "gained widespread prominence in 2022 with the launch of ChatGPT": a product's launch year. */
function extractLaunch(ctx: SentenceContext): Claim[] {
  const product = ctx.mentions.find((m) => m.kind === 'product');
  if (!product || !LAUNCH.test(ctx.lower)) return [];
  const cue = ctx.start + LAUNCH.exec(ctx.lower)!.index;
  // "in 2022", "in November 2022", "since late 2022"; "2022: Launched ChatGPT"; "OpenAI's 2022 launch of ChatGPT".
  const years = ctx.quantities.filter(
    (q) =>
      q.kind === 'year' &&
      (/\b(?:in|since)\s+(?:(?:late|early|mid)[- ]?\s*)?(?:[a-z]+\s+)?$/.test(
        ctx.lower.slice(Math.max(0, q.start - ctx.start - 22), q.start - ctx.start),
      ) ||
        /^\s*(?:[:–—-]\s*(?:it\s+)?)?(?:launch|release|debut|introduc)/.test(
          ctx.lower.slice(q.end - ctx.start, q.end - ctx.start + 16),
        )),
  );
  const q = years.sort((a, b) => Math.abs(a.start - cue) - Math.abs(b.start - cue))[0];
  if (!q || Math.abs(q.start - cue) > 60) return [];
  return [{ ...phraseClaim(ctx, 'launch', q.start, q.end, { subject: product.named }), value: q }];
}
export const launch: RelationModule = {
  relation: 'launch',
  label: 'Launches',
  noun: 'launch year',
  policy: {},
  extract: extractLaunch,
};
