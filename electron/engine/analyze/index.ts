// The analysers' entry point: a reader's content goes to the text or the table analyser, and
// their hits (already thresholded and cleared of the seller's own details) to the sink.
import { emptyIdentity } from '../../../shared/types.js';
import type { Content } from '../content.js';
import { BASE_PHONE_REGIONS } from '../recognizers/phone.js';
import type { AnalyzeOptions, HitSink } from './options.js';
import { analyzeTable } from './table.js';
import { analyzeText } from './text.js';

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = Object.freeze({
  identity: emptyIdentity(),
  minConfidence: 0.5,
  phoneRegions: [...BASE_PHONE_REGIONS],
});

export function analyzeContent(content: Content, sink: HitSink, options: AnalyzeOptions = DEFAULT_ANALYZE_OPTIONS): void {
  if (content.type === 'table') analyzeTable(content, sink, options);
  else analyzeText(content, sink, options);
}

export { analyzeTable, analyzeText };
