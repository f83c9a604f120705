/**
 * Fact packs: the one format in which facts travel. The bundled fact base is a pack; a reader's sources export as
 * one; `npm run facts -- --sources DIR` builds one. A pack is a fact base (schema.ts) with a format tag and a name;
 * a fact whose id is another pack's fact id adds its accounts to that fact (pack-index.ts merges them).
 * Documented in docs/sources.md.
 */
import { z } from 'zod';
import { factBaseSchema, type FactBase } from './schema';

export const PACK_FORMAT = 'deallens-fact-pack';
export const PACK_VERSION = 1;
/** A pack file larger than this is refused before it is parsed. */
const PACK_MAX_CHARS = 50_000_000;

const packSchema = factBaseSchema.extend({
  /** Absent in the bundled fact base, which is a pack all the same. */
  format: z.literal(PACK_FORMAT).optional(),
  name: z.string().max(200).optional(),
  /** Epoch ms when the pack was written. */
  createdAt: z.number().optional(),
});
export type FactPack = z.infer<typeof packSchema>;

export class PackError extends Error {}

function firstIssue(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'it does not match the pack format';
  const path = issue.path.length ? issue.path.join('.') : 'the file';
  return `${path}: ${issue.message}`;
}

/** Quotes that are not verbatim where they say, sources cited but absent: what the schema alone cannot see. */
function packProblems(pack: FactBase): string[] {
  const problems: string[] = [];
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  if (sources.size !== pack.sources.length) problems.push('two sources share an id');
  const ids = new Set<string>();
  for (const fact of pack.facts) {
    if (ids.has(fact.id)) problems.push(`fact ${fact.id} appears twice`);
    ids.add(fact.id);
    for (const version of fact.versions) {
      for (const p of version.sources) {
        const source = sources.get(p.sourceId);
        if (!source) problems.push(`fact ${fact.id} cites source ${p.sourceId}, which the pack does not contain`);
        else if (source.text !== undefined && source.text.slice(p.start, p.end) !== p.quote) {
          problems.push(`fact ${fact.id}: its quote is not in source ${p.sourceId} at ${p.start}-${p.end}`);
        }
      }
    }
  }
  return problems;
}

/** Reads a pack file's text; throws a PackError with a reader-facing message when it is not a valid pack. */
export function parsePack(json: string): FactPack {
  if (json.length > PACK_MAX_CHARS) throw new PackError('This file is too large to be a DealLens fact pack.');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new PackError('This file is not JSON, so it is not a DealLens fact pack.');
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PACK_VERSION) {
    throw new PackError(
      `This fact pack is format version ${version}; this DealLens reads version ${PACK_VERSION}. Update DealLens.`,
    );
  }
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) throw new PackError(`This file is not a DealLens fact pack (${firstIssue(parsed.error)}).`);
  const problems = packProblems(parsed.data);
  if (problems.length)
    throw new PackError(
      `This fact pack is damaged: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.`,
    );
  return parsed.data;
}

export function serializePack(pack: FactPack): string {
  return `${JSON.stringify(pack, null, 1)}\n`;
}
