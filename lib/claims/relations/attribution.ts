import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import type { SentenceContext } from '../context';
import { phraseClaim } from '../parties';

const ROLE = /\b(?:analyst|manager|researcher|engineer|customer|strategist|economist|director|partner|professor|consultant|investor|correspondent|reporter|editor|developer|adviser|advisor|fellow|trader|head of|vice president|principal)\b/;
// Chief executives' titles name who someone is; DealLens checks how quoted sources are described.
const EXECUTIVE = /\b(?:ceo|chief executive|chairman|chairwoman|chair|president|founder|co-founder|cfo|cto)\b/;

/**
 * "David Chen, a technology analyst at Horizon Insights", "Maya Rodriguez, AI Ethics Researcher:": the title and
 * employer given to a quoted person. `detail` holds the description as written.
 */
export function extractAttribution(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  for (const p of ctx.mentions) {
    if (p.kind !== 'person') continue;
    const rest = ctx.sentence.slice(p.end - ctx.start);
    const m = /^,\s+(?:(?:a|an|the)\s+)?([^,:;."“”()]{3,90}?)(?=\s*(?:[,:;.“"”(]|\s+said\b|\s+says\b|\s+wrote\b|\s+commented\b|$))/.exec(rest);
    if (!m) continue;
    const desc = m[1]!.trim();
    const lower = desc.toLowerCase();
    if (!ROLE.test(lower) || EXECUTIVE.test(lower)) continue;
    const start = p.end + m[0].indexOf(m[1]!);
    out.push(phraseClaim(ctx, 'attribution', start, start + desc.length, { subject: p.id, detail: desc }));
  }
  return out;
}

export const attribution: RelationModule = {
  relation: 'attribution',
  label: 'People and titles',
  noun: 'title and employer',
  policy: { described: true },
  extract: extractAttribution,
};
