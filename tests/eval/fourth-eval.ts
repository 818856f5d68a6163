// `npm run eval:fourth [-- --seed N | --seeds 1,2,3] [--keep]`: the fourth corpus
// (tests/fixtures/fourth-corpus, written blind to the engine and to the three earlier corpora),
// scanned and scored by tests/eval/corpus-eval.ts.
import { fourthSeller, fourthSellerIdentity, generateFourthCorpus } from '../fixtures/fourth-corpus/index.js';
import { runCorpusEval } from './corpus-eval.js';

await runCorpusEval({
  title: 'Fourth corpus',
  slug: 'fourth',
  defaultSeed: 9201,
  generate: (dir, seed) => generateFourthCorpus(dir, { seed }),
  identity: fourthSellerIdentity,
  seller: (seed) => `${fourthSeller(seed).tradingName}, ${fourthSeller(seed).country}`,
});
