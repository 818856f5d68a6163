import type { SellerIdentity } from '../../../shared/types.js';
import type { Hit } from './hit.js';

export interface AnalyzeOptions {
  /** The seller's own details: matches equal to these are dropped. */
  identity: SellerIdentity;
  /** Hits below this confidence are not counted. */
  minConfidence: number;
  /** ISO 3166 regions tried for numbers without a country code (the machine's locale region is added by the caller). */
  phoneRegions: string[];
}

/**
 * Receives hits as they are found, so that a file is never held whole as a list of hits. Hits
 * with a number as record key (table rows) arrive together, and that key never comes back.
 */
export interface HitSink {
  add(hit: Hit): void;
}
