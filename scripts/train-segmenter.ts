// Trains the word segmenter's join model and writes src/segment/model.generated.ts.
//
//   npx tsx scripts/train-segmenter.ts            # reproduces the committed model
//   npx tsx scripts/train-segmenter.ts --dry      # train and score only
//   npx tsx scripts/train-segmenter.ts --check    # exit 1 if the committed model differs
//   npx tsx scripts/train-segmenter.ts --dry --seeds 5 --cv 5   # an experiment: see below
//
// The model decides, at each gap between two neighbouring tokens, whether they belong to one
// word. Each gold sentence is turned into plain text and tokenized by `scanTokens`, and runs
// are planned and filled by the same code the runtime uses (`planRun`, `fillRun`), so the
// features seen in training are the features seen in use. The features of every gap are
// computed once, for both values of the previous decision, so epochs only add up weights.
//
// Data: vtb/train.seg.txt and segmentation/rdr-train-gold.seg.txt. The two follow different
// conventions (RDR joins `người_dân`, the treebank does not), so every feature has a second,
// treebank-only copy (Daumé's feature augmentation): RDR sentences train the shared weights,
// treebank sentences both; the shipped table is their sum. vtb/dev.seg.txt is only scored; it
// chose the options below and is never trained on. Shuffles are seeded, so a run reproduces
// the committed artifact byte for byte.
//
// Experiments: `--seeds N` trains N models with different shuffles and reports each one's dev
// F1 and their mean; `--cv K` also reports K-fold cross-validation over the treebank's train
// split (train on RDR + K-1 folds, score the held-out fold), a second opinion that does not
// look at dev at all.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_FEATURES, WORD_LEN_CAP, Workspace, gapFeatures } from '../src/segment/features.js';
import { unpackLexicon } from '../src/segment/lexicon.js';
import { PACKED_LEXICON } from '../src/segment/lexicon.generated.js';
import { packModel, unpackModel } from '../src/segment/model-pack.js';
import { WordScore, goldText, parseSegFile, type GoldText, type SegSentence } from '../src/segment/seg-format.js';
import { fillRun, planRun, segmentRuns, sentenceStarts, type Resources } from '../src/segment/segmenter.js';
import { scanTokens, type TokenTable } from '../src/tokenize/token-table.js';
import { sharedPath, writeGenerated } from './shared-data.js';
import { prng } from './prng.mjs';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    bits: { type: 'string', default: '18' },
    keep: { type: 'string', default: '0' },
    rdrWeight: { type: 'string', default: '1' },
    vtbWeight: { type: 'string', default: '1' },
    'no-domain': { type: 'boolean', default: false },
    /** Also give RDR sentences a copy of their own (shared + treebank + RDR weights). */
    'rdr-copy': { type: 'boolean', default: false },
    algo: { type: 'string', default: 'ftrl' },
    alpha: { type: 'string', default: '1' },
    l1: { type: 'string', default: '1.5' },
    l2: { type: 'string', default: '1' },
    avg: { type: 'string', default: '6' },
    /** Models (shuffle seeds) whose weights are averaged into the shipped table. */
    models: { type: 'string', default: '1' },
    /** Previous decision seen in training: the model's own (`pred`) or the gold one. */
    prev: { type: 'string', default: 'pred' },
    /** Probability of leaving a feature out of a training step (dropout regularization). */
    dropout: { type: 'string', default: '0' },
    /** Feature positions (templates) dropout applies to, comma-separated; default all. */
    dropWhich: { type: 'string', default: '' },
    /** Share of training sentences that also get an all-capitals copy (headlines). */
    caps: { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '20240917' },
    seeds: { type: 'string', default: '0' },
    cv: { type: 'string', default: '0' },
    dry: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const epochs = Number(args.epochs);
const bits = Number(args.bits);
const keep = Number(args.keep);
const rdrWeight = Number(args.rdrWeight);
const vtbWeight = Number(args.vtbWeight);
const domain = args['no-domain'] !== true;
const rdrCopy = args['rdr-copy'] === true;
const algo = args.algo ?? 'ftrl';
const avgLast = Math.min(epochs, Number(args.avg));
const modelCount = Number(args.models);
const goldPrev = args.prev === 'gold';
const size = 1 << bits;
const mask = size - 1;
const F = MAX_FEATURES;
/** Feature variants per gap: one per length of the word in progress. */
const V = WORD_LEN_CAP;

const lex = unpackLexicon(PACKED_LEXICON);
const res: Resources = { lexicon: lex, model: { weights: new Float32Array(size), mask }, user: null };

/**
 * Sentences with the features of every token's gap precomputed. Token `t` of the set (over
 * all sentences) has `fixed[t]` = 0 or 1 when its join is decided without the model (first
 * token of a run, punctuation, tokens written together, ...), else -1 and feature indices at
 * `feats[(2 * t + prev) * F ...]`, `nf[2 * t + prev]` of them.
 */
interface GapSet {
  readonly examples: Example[];
  readonly feats: Int32Array;
  readonly nf: Uint8Array;
  readonly fixed: Int8Array;
  readonly gold: Uint8Array;
}
interface Example extends GoldText {
  readonly tokens: TokenTable;
  readonly vtb: boolean;
  /** Index of the sentence's first token in its GapSet. */
  first: number;
  /** The sentence this one is a copy of (all capitals), if any. */
  readonly source?: Example;
}

const readExamples = (rel: string, vtb: boolean): Example[] =>
  parseSegFile(readFileSync(sharedPath(rel), 'utf8')).map((s: SegSentence) => {
    const g = goldText(s);
    return { ...g, tokens: scanTokens(g.text), vtb, first: 0 };
  });

function gapSet(examples: Example[]): GapSet {
  let n = 0;
  for (const ex of examples) {
    ex.first = n;
    n += ex.tokens.count;
  }
  const feats = new Int32Array(V * n * F);
  const nf = new Uint8Array(V * n);
  const fixed = new Int8Array(n);
  const gold = new Uint8Array(n);
  const ws = new Workspace();
  const buf = new Int32Array(F);
  for (const ex of examples) {
    const { tokens, wordAt, text } = ex;
    const starts = sentenceStarts(text, tokens);
    for (let i0 = 0, i1 = 0; i0 < tokens.count; i0 = i1) {
      i1 = planRun(text, tokens, i0, starts);
      fillRun(ws, res, text, tokens, i0, i1, starts);
      for (let i = 0; i < ws.n; i++) {
        const t = ex.first + i0 + i;
        gold[t] = i > 0 && wordAt[tokens.start[i0 + i]!] === wordAt[tokens.start[i0 + i - 1]!] ? 1 : 0;
        if (i === 0 || ws.joinable[i] === 0) fixed[t] = 0;
        else if (ws.force[i] !== 0) fixed[t] = ws.force[i] === 1 ? 1 : 0;
        else {
          fixed[t] = -1;
          for (let len = 1; len <= V; len++) {
            const k = gapFeatures(ws, lex.trie, i, len, buf);
            nf[V * t + len - 1] = k;
            const base = (V * t + len - 1) * F;
            for (let j = 0; j < k; j++) feats[base + j] = buf[j]! & mask;
          }
        }
      }
    }
  }
  return { examples, feats, nf, fixed, gold };
}

/** A learner over hashed binary features; `both` adds the treebank-specific copies. */
interface Learner {
  score(feats: Int32Array, off: number, k: number, dom: number): number;
  /** Logistic loss step (FTRL) or mistake-driven step (perceptron, `gold` vs `score`). */
  learn(feats: Int32Array, off: number, k: number, dom: number, gold: number, score: number): void;
  /** Adds `y` to the features (structured perceptron). */
  add(feats: Int32Array, off: number, k: number, dom: number, y: number): void;
  /** One training step done (perceptron averaging). */
  tick(): void;
  weights(): Float32Array;
}

// Treebank-specific copies of every feature (Daumé's feature augmentation) live at index
// `size + i`; the shipped weight is the sum of both copies.
function perceptron(): Learner {
  const tables = domain ? 3 : 1;
  const w = new Float64Array(size * tables);
  const u = new Float64Array(size * tables);
  let c = 1;
  const add = (feats: Int32Array, off: number, k: number, dom: number, y: number): void => {
    for (let j = 0; j < k; j++) {
      const idx = feats[off + j]!;
      w[idx] = w[idx]! + y;
      u[idx] = u[idx]! + y * c;
      if (dom !== 0) {
        w[dom + idx] = w[dom + idx]! + y;
        u[dom + idx] = u[dom + idx]! + y * c;
      }
    }
  };
  return {
    score(feats, off, k, dom) {
      let sc = 0;
      for (let j = 0; j < k; j++) sc += w[feats[off + j]!]!;
      if (dom !== 0) for (let j = 0; j < k; j++) sc += w[dom + feats[off + j]!]!;
      return sc;
    },
    learn(feats, off, k, dom, gold, sc) {
      if ((sc > 0 ? 1 : 0) !== gold) add(feats, off, k, dom, gold === 1 ? 1 : -1);
    },
    add,
    tick() {
      c++;
    },
    weights() {
      const out = new Float32Array(size);
      for (let i = 0; i < size; i++) out[i] = w[i]! - u[i]! / c + (domain ? w[size + i]! - u[size + i]! / c : 0);
      return out;
    },
  };
}

// FTRL-proximal logistic regression (McMahan et al. 2013): per-coordinate learning rates and
// L1 that leaves most hashed weights at exactly zero. `w` caches the weight of each
// coordinate, recomputed when it changes.
function ftrl(): Learner {
  const alpha = Number(args.alpha);
  const beta = 1;
  const l1 = Number(args.l1);
  const l2 = Number(args.l2);
  const tables = domain ? 3 : 1;
  const z = new Float64Array(size * tables);
  const nn = new Float64Array(size * tables);
  const w = new Float64Array(size * tables);
  const dropP = Number(args.dropout);
  const dropMask = new Uint8Array(F).fill(dropP > 0 ? 1 : 0);
  if (args.dropWhich) {
    dropMask.fill(0);
    for (const x of args.dropWhich.split(',')) dropMask[Number(x)] = 1;
  }
  const scale = 1 / (1 - dropP);
  const value = new Float64Array(F);
  const random = prng(Number(args.seed) ^ 0x5bd1e995);
  const update = (i: number, g: number): void => {
    const ni = nn[i]!;
    const sigma = (Math.sqrt(ni + g * g) - Math.sqrt(ni)) / alpha;
    const zi = z[i]! + g - sigma * w[i]!;
    z[i] = zi;
    nn[i] = ni + g * g;
    w[i] = Math.abs(zi) <= l1 ? 0 : -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(ni + g * g)) / alpha + l2);
  };
  return {
    score(feats, off, k, dom) {
      let sc = 0;
      for (let j = 0; j < k; j++) sc += w[feats[off + j]!]!;
      if (dom !== 0) for (let j = 0; j < k; j++) sc += w[dom + feats[off + j]!]!;
      return sc;
    },
    learn(feats, off, k, dom, gold, sc) {
      if (dropP > 0) {
        // Inverted dropout: a random subset of the features, the rest scaled up, so that the
        // expected score is the full one.
        sc = 0;
        for (let j = 0; j < k; j++) {
          const x = dropMask[j] === 0 ? 1 : random() < dropP ? 0 : scale;
          value[j] = x;
          if (x !== 0) sc += x * (w[feats[off + j]!]! + (dom !== 0 ? w[dom + feats[off + j]!]! : 0));
        }
      } else value.fill(1, 0, k);
      const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, sc))));
      const g = p - gold;
      for (let j = 0; j < k; j++) if (value[j] !== 0) update(feats[off + j]!, g * value[j]!);
      if (dom !== 0) for (let j = 0; j < k; j++) if (value[j] !== 0) update(dom + feats[off + j]!, g * value[j]!);
    },
    add() {
      throw new Error('ftrl has no structured update');
    },
    tick() {},
    weights() {
      const out = new Float32Array(size);
      for (let i = 0; i < size; i++) out[i] = w[i]! + (domain ? w[size + i]! : 0);
      return out;
    },
  };
}

/**
 * Greedy left-to-right decoding of `ex` into `out` (one join flag per token) with
 * `scoreOf(offset, count)`, as the runtime decoder does.
 */
function decodeExample(set: GapSet, ex: Example, scoreOf: (off: number, k: number) => number, out: Uint8Array): void {
  const { nf, fixed } = set;
  const n = ex.tokens.count;
  let len = 1;
  for (let i = 0; i < n; i++) {
    const t = ex.first + i;
    const y = fixed[t]! >= 0 ? fixed[t]! : scoreOf((V * t + len - 1) * F, nf[V * t + len - 1]!) > 0 ? 1 : 0;
    out[i] = y;
    len = y === 0 ? 1 : len < V ? len + 1 : V;
  }
}

const joins = new Uint8Array(1 << 14);

function spansOf(ex: Example, join: Uint8Array): Uint32Array {
  const { start, end, count } = ex.tokens;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && join[i] === 1) out[out.length - 1] = end[i]!;
    else out.push(start[i]!, end[i]!);
  }
  return Uint32Array.from(out);
}

function scoreSet(set: GapSet, weights: Float32Array | Int16Array, examples = set.examples): WordScore {
  const s = new WordScore();
  const scoreOf = (off: number, k: number): number => {
    let sc = 0;
    for (let j = 0; j < k; j++) sc += weights[set.feats[off + j]!]!;
    return sc;
  };
  for (const ex of examples) {
    decodeExample(set, ex, scoreOf, joins);
    s.addSpans(ex.spans, spansOf(ex, joins));
  }
  return s;
}

/** Trains one model on `examples` (of `set`) with shuffle seed `seed`; returns its weights. */
function train(set: GapSet, examples: readonly Example[], seed: number, log: (epoch: number, w: () => Float32Array) => void): Float32Array {
  const random = prng(seed);
  const order = [...examples];
  for (let k = 1; k < rdrWeight; k++) order.push(...examples.filter((e) => !e.vtb));
  for (let k = 1; k < vtbWeight; k++) order.push(...examples.filter((e) => e.vtb));
  const learner = algo === 'ftrl' ? ftrl() : perceptron();
  const avgSum = new Float32Array(size);
  const { feats, nf, fixed, gold } = set;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const ex of order) {
      const both = !domain ? 0 : ex.vtb ? size : rdrCopy ? 2 * size : 0;
      const n = ex.tokens.count;
      let len = 1;
      for (let i = 0; i < n; i++) {
        const t = ex.first + i;
        let y = fixed[t]!;
        if (y < 0) {
          const off = (V * t + len - 1) * F;
          const k = nf[V * t + len - 1]!;
          const sc = learner.score(feats, off, k, both);
          learner.learn(feats, off, k, both, gold[t]!, sc);
          learner.tick();
          y = goldPrev ? gold[t]! : sc > 0 ? 1 : 0;
        }
        len = y === 0 ? 1 : len < V ? len + 1 : V;
      }
    }
    if (epoch > epochs - avgLast) {
      const wts = learner.weights();
      for (let i = 0; i < size; i++) avgSum[i] = avgSum[i]! + wts[i]! / avgLast;
    }
    log(epoch, () => learner.weights());
  }
  return avgLast > 0 && algo === 'ftrl' ? avgSum : learner.weights();
}

/** Trains `modelCount` models from consecutive seeds and averages their weights. */
function trainEnsemble(set: GapSet, examples: readonly Example[], seed: number, log: (epoch: number, w: () => Float32Array) => void): Float32Array {
  if (modelCount === 1) return train(set, examples, seed, log);
  const sum = new Float32Array(size);
  for (let m = 0; m < modelCount; m++) {
    const w = train(set, examples, seed + m, m === 0 ? log : () => {});
    for (let i = 0; i < size; i++) sum[i] = sum[i]! + w[i]! / modelCount;
  }
  return sum;
}

const t0 = performance.now();
const vtbTrain = readExamples('vtb/train.seg.txt', true);
const rdrTrain = readExamples('segmentation/rdr-train-gold.seg.txt', false);
/** An all-capitals copy of a sentence, as in a headline: same words, same offsets. */
const upper = (ex: Example): Example | null => {
  const text = ex.text.toUpperCase();
  return text.length === ex.text.length ? { ...ex, text, tokens: scanTokens(text), first: 0, source: ex } : null;
};
const capsShare = Number(args.caps);
const capsRandom = prng(Number(args.seed) + 17);
const capsCopies = capsShare > 0 ? [...rdrTrain, ...vtbTrain].filter(() => capsRandom() < capsShare).map(upper).filter((e): e is Example => e !== null) : [];
const trainSet = gapSet([...rdrTrain, ...vtbTrain, ...capsCopies]);
const devSet = gapSet(readExamples('vtb/dev.seg.txt', true));
const devUpperSet = gapSet(devSet.examples.map(upper).filter((e): e is Example => e !== null));
const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
console.log(
  `train ${trainSet.examples.length} sentences (vtb ${vtbTrain.length}, rdr ${rdrTrain.length} ×${rdrWeight}${domain ? ', domain copies' : ''}), dev ${devSet.examples.length}; 2^${bits} weights, ${algo}, greedy${modelCount > 1 ? `, ${modelCount} models averaged` : ''}; features ${elapsed()}`,
);

const seeds = Number(args.seeds);
const folds = Number(args.cv);
const baseSeed = Number(args.seed);
if (seeds > 0 || folds > 0) {
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = (xs: number[]): number => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
  const devF1: number[] = [];
  const capsF1: number[] = [];
  for (let s = 0; s < seeds; s++) {
    const w = trainEnsemble(trainSet, trainSet.examples, baseSeed + 1000 * s, () => {});
    devF1.push(scoreSet(devSet, w).f1);
    capsF1.push(scoreSet(devUpperSet, w).f1);
  }
  let cvLine = '';
  if (folds > 0) {
    const cv = new WordScore();
    const perm = [...vtbTrain];
    const random = prng(baseSeed);
    for (let i = perm.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [perm[i], perm[j]] = [perm[j]!, perm[i]!];
    }
    for (let k = 0; k < folds; k++) {
      const held = new Set(perm.filter((_, i) => i % folds === k));
      const w = trainEnsemble(trainSet, trainSet.examples.filter((e) => !held.has(e.source ?? e)), baseSeed + k, () => {});
      const s = scoreSet(trainSet, w, [...held]);
      cv.gold += s.gold;
      cv.predicted += s.predicted;
      cv.correct += s.correct;
    }
    cvLine = `  cv${folds} F1 ${cv.f1.toFixed(3)}`;
  }
  const devLine = seeds > 0 ? `dev F1 mean ${mean(devF1).toFixed(3)} sd ${sd(devF1).toFixed(3)} [${devF1.map((x) => x.toFixed(2)).join(' ')}] caps ${mean(capsF1).toFixed(2)}` : '';
  console.log(`RESULT ${devLine}${cvLine}  (${elapsed()})`);
  process.exit(0);
}

const final = trainEnsemble(trainSet, trainSet.examples, baseSeed, (epoch, w) => {
  if (!args.quiet || epoch === epochs) console.log(`epoch ${epoch}: dev ${scoreSet(devSet, w())}`);
});
if (avgLast > 0 || modelCount > 1) console.log(`final weights: dev ${scoreSet(devSet, final)}`);
const packed = packModel(final, bits, keep);
const pruned = scoreSet(devSet, packed.weights);
console.log(`packed: ${packed.nonzero} weights kept, ${packed.text.length} chars; dev ${pruned} (${elapsed()})`);

// The runtime path (segmentRuns over the weights read back from the packed text) must agree
// with the scoring above.
const check = new WordScore();
const runtime: Resources = { lexicon: lex, model: { weights: unpackModel(packed.text, bits), mask }, user: null };
for (const ex of devSet.examples) {
  const t = segmentRuns(ex.text, runtime);
  const spans = new Uint32Array(2 * t.count);
  for (let i = 0; i < t.count; i++) {
    spans[2 * i] = t.start[i]!;
    spans[2 * i + 1] = t.end[i]!;
  }
  check.addSpans(ex.spans, spans);
}
if (check.correct !== pruned.correct || check.predicted !== pruned.predicted) {
  console.error(`runtime segmentation disagrees with training-time decoding: ${check}`);
  process.exit(1);
}

if (!args.dry) {
  const flags = process.argv.slice(2).filter((a) => a !== '--quiet' && a !== '--check');
  const out = `// Generated by \`npx tsx scripts/train-segmenter.ts${flags.length > 0 ? ' ' + flags.join(' ') : ''}\`; do not edit.
// Join weights (${algo}, 2^${bits} hashed features) trained on VTB train + RDRsegmenter train.
// Dev (vtb/dev.seg.txt) word F1 ${pruned.f1.toFixed(2)}. Format: see unpackModel in ./model-pack.ts.
export const MODEL_BITS = ${bits};
export const PACKED_MODEL = ${JSON.stringify(packed.text)};
`;
  writeGenerated('src/segment/model.generated.ts', out);
}
