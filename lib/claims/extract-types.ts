import type { Quantity } from './types';
import type { MoneyRole } from './money-role';

export type MoneyRoles = Map<Quantity, MoneyRole | undefined>;
