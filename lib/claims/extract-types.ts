import type { Quantity } from './types';
import type { MoneyRole } from './money-role';
import type { QuotedDeal } from './quoted-deal';

/** The role of each money figure of a sentence, decided once and read by every extractor. */
export interface MoneyRoles {
  get(q: Quantity): MoneyRole | undefined;
  /** The sentence's figures with this role, in order: an extractor visits only its own. */
  figures(role: MoneyRole): readonly Quantity[];
  /** The deal a quoted figure belongs to, where only the quote's attribution names it (see quotedDeal). */
  quotedDeal(q: Quantity): QuotedDeal | undefined;
}
