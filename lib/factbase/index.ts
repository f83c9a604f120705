import { z } from 'zod';
import generated from './generated/factbase.json';
import { factBaseSchema, type FactBase } from './schema';

// Extension pages and content scripts forbid eval; zod's jitless mode never builds functions from strings.
z.config({ jitless: true });

/** The fact base that ships with DealLens, validated when loaded. */
export const bundledFactBase: FactBase = factBaseSchema.parse(generated);

export type { FactBase };
export { factIndex } from './fact-index';
export type { FactIndex } from './fact-index';
