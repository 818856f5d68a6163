// `npm run eval:third [-- --seed N | --seeds 1,2,3] [--keep]`: the third corpus
// (tests/fixtures/third-corpus, written independently of the two corpora the recognizers were
// tuned on), scanned and scored by tests/eval/corpus-eval.ts.
import { generateThirdCorpus, thirdSellerIdentity } from '../fixtures/third-corpus/index.js';
import { thirdSeller } from '../fixtures/third-corpus/seller.js';
import { runCorpusEval } from './corpus-eval.js';

await runCorpusEval({
  title: 'Third corpus',
  slug: 'third',
  defaultSeed: 9101,
  generate: (dir, seed) => generateThirdCorpus(dir, { seed }),
  identity: thirdSellerIdentity,
  seller: (seed) => `${thirdSeller(seed).tradingName}, ${thirdSeller(seed).country}`,
});
