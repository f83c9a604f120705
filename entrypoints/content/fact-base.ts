/** The fact base the evidence cards quote: the same bundled one the engine judges against. */
import { bundledFactBase } from '@/lib/factbase';
import type { FactBase } from '@/lib/factbase/schema';

export const factBase: FactBase | null = bundledFactBase;
