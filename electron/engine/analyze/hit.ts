import type { Category, Where } from '../../../shared/types.js';

/** One piece of customer data found in a file, tied to the record (person) it belongs to. Engine-internal. */
export interface Hit {
  category: Category;
  value: string;
  normalized: string;
  confidence: number;
  where: Where;
  /** Hits with the same key belong to one customer: a number per table row, a block id (string) in text. */
  recordKey: string | number;
}
