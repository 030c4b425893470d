// Trains the word segmenter's join model and writes src/segment/model.generated.ts.
//
//   npx tsx scripts/train-segmenter.ts            # reproduces the committed model
//   npx tsx scripts/train-segmenter.ts --dry      # train and score only
//   npx tsx scripts/train-segmenter.ts --check    # exit 1 if the committed model differs
//
// The model decides, at each gap between two neighbouring tokens, whether they belong to one
// word. Each gold sentence is turned into plain text and tokenized by `scanTokens`, and runs
// are planned and filled by the same code the runtime uses (`planRun`, `fillRun`), so the
// features seen in training are the features seen in use. Decoding is greedy left to right
// (the previous decision is a feature, taken from the model's own prediction while training).
//
// Learner: FTRL-proximal logistic regression over hashed features (L1 keeps most of the 2^18
// weights at zero, which keeps the artifact small), weights averaged over the last epochs.
// `--algo perceptron` trains an averaged perceptron instead, for comparison.
//
// Data: vtb/train.seg.txt and segmentation/rdr-train-gold.seg.txt. The two follow different
// conventions (RDR joins `người_dân`, the treebank does not), so every feature has a second,
// treebank-only copy (Daumé's feature augmentation): RDR sentences train the shared weights,
// treebank sentences both; the shipped table is their sum. vtb/dev.seg.txt is only scored, to
// report progress; it chose the options below and is never trained on. The shuffle is seeded,
// so a run reproduces the committed artifact byte for byte.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_FEATURES, Workspace, gapFeatures } from '../src/segment/features.js';
import { unpackLexicon } from '../src/segment/lexicon.js';
import { PACKED_LEXICON } from '../src/segment/lexicon.generated.js';
import { packModel } from '../src/segment/model-pack.js';
import type { JoinModel } from '../src/segment/model.js';
import { WordScore, goldText, parseSegFile, type GoldText, type SegSentence } from '../src/segment/seg-format.js';
import { fillRun, planRun, segmentTable, type Resources } from '../src/segment/segmenter.js';
import { scanTokens, type TokenTable } from '../src/tokenize/token-table.js';
import { sharedPath, writeGenerated } from './shared-data.js';
import { prng } from './prng.mjs';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    bits: { type: 'string', default: '18' },
    keep: { type: 'string', default: '0' },
    vtbWeight: { type: 'string', default: '1' },
    rdrWeight: { type: 'string', default: '1' },
    'no-domain': { type: 'boolean', default: false },
    algo: { type: 'string', default: 'ftrl' },
    alpha: { type: 'string', default: '1' },
    l1: { type: 'string', default: '1.5' },
    l2: { type: 'string', default: '1' },
    avg: { type: 'string', default: '6' },
    seed: { type: 'string', default: '20240917' },
    dry: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const epochs = Number(args.epochs);
const bits = Number(args.bits);
const keep = Number(args.keep);
const vtbWeight = Number(args.vtbWeight);
const rdrWeight = Number(args.rdrWeight);
const domain = args['no-domain'] !== true;

/** A gold sentence as the runtime will see it: plain text and its tokens. */
interface Example extends GoldText {
  readonly tokens: TokenTable;
  readonly vtb: boolean;
}
const read = (rel: string, vtb: boolean): Example[] =>
  parseSegFile(readFileSync(sharedPath(rel), 'utf8')).map((s: SegSentence) => {
    const g = goldText(s);
    return { ...g, tokens: scanTokens(g.text), vtb };
  });
const vtb = read('vtb/train.seg.txt', true);
const rdr = read('segmentation/rdr-train-gold.seg.txt', false);
const dev = read('vtb/dev.seg.txt', true);
const train: Example[] = [];
for (let k = 0; k < rdrWeight; k++) train.push(...rdr);
for (let k = 0; k < vtbWeight; k++) train.push(...vtb);

const lex = unpackLexicon(PACKED_LEXICON);
const size = 1 << bits;
const mask = size - 1;
const ws = new Workspace();
const f = new Int32Array(MAX_FEATURES);

const random = prng(Number(args.seed));

/** A learner over hashed binary features; `both` adds the treebank-specific copies. */
interface Learner {
  score(k: number, both: boolean): number;
  /** Learns from one gap; returns whether the prediction before the update was wrong. */
  learn(k: number, both: boolean, gold: number, score: number): boolean;
  weights(): Float32Array;
}

// Treebank-specific copies of every feature (Daumé's feature augmentation): RDR sentences
// train the shared weights only, VTB sentences both; the shipped table is their sum, since
// decoding always wants the treebank's conventions.
function perceptron(): Learner {
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const wv = new Float32Array(domain ? size : 0);
  const uv = new Float64Array(domain ? size : 0);
  let c = 1;
  return {
    score(k, both) {
      let sc = 0;
      for (let j = 0; j < k; j++) sc += w[f[j]! & mask]!;
      if (both) for (let j = 0; j < k; j++) sc += wv[f[j]! & mask]!;
      return sc;
    },
    learn(k, both, gold, sc) {
      const wrong = (sc > 0 ? 1 : 0) !== gold;
      if (wrong) {
        const y = gold === 1 ? 1 : -1;
        for (let j = 0; j < k; j++) {
          const idx = f[j]! & mask;
          w[idx] = w[idx]! + y;
          u[idx] = u[idx]! + y * c;
          if (both) {
            wv[idx] = wv[idx]! + y;
            uv[idx] = uv[idx]! + y * c;
          }
        }
      }
      c++;
      return wrong;
    },
    weights() {
      const avg = new Float32Array(size);
      for (let i = 0; i < size; i++) avg[i] = w[i]! - u[i]! / c + (domain ? wv[i]! - uv[i]! / c : 0);
      return avg;
    },
  };
}

// FTRL-proximal logistic regression (McMahan et al. 2013): per-coordinate learning rates and
// L1 that leaves most hashed weights at exactly zero.
function ftrl(): Learner {
  const alpha = Number(args.alpha);
  const beta = 1;
  const l1 = Number(args.l1);
  const l2 = Number(args.l2);
  const tables = domain ? 2 : 1;
  const z = new Float64Array(size * tables);
  const nn = new Float64Array(size * tables);
  const weight = (i: number): number => {
    const zi = z[i]!;
    if (Math.abs(zi) <= l1) return 0;
    return -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(nn[i]!)) / alpha + l2);
  };
  return {
    score(k, both) {
      let sc = 0;
      for (let j = 0; j < k; j++) sc += weight(f[j]! & mask);
      if (both) for (let j = 0; j < k; j++) sc += weight(size + (f[j]! & mask));
      return sc;
    },
    learn(k, both, gold, sc) {
      const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, sc))));
      const g = p - gold;
      const update = (i: number): void => {
        const ni = nn[i]!;
        const sigma = (Math.sqrt(ni + g * g) - Math.sqrt(ni)) / alpha;
        z[i] = z[i]! + g - sigma * weight(i);
        nn[i] = ni + g * g;
      };
      for (let j = 0; j < k; j++) update(f[j]! & mask);
      if (both) for (let j = 0; j < k; j++) update(size + (f[j]! & mask));
      return (sc > 0 ? 1 : 0) !== gold;
    },
    weights() {
      const out = new Float32Array(size);
      for (let i = 0; i < size; i++) out[i] = weight(i) + (domain ? weight(size + i) : 0);
      return out;
    },
  };
}

const learner = args.algo === 'ftrl' ? ftrl() : perceptron();
const avgLast = Number(args.avg);
const avgSum = new Float32Array(size);

function score(model: JoinModel, examples: readonly Example[], longestMatch = false): WordScore {
  const res: Resources = { lexicon: lex, model, user: null };
  const s = new WordScore();
  for (const ex of examples) {
    const t = segmentTable(ex.text, res, longestMatch);
    const spans = new Uint32Array(2 * t.count);
    for (let i = 0; i < t.count; i++) {
      spans[2 * i] = t.start[i]!;
      spans[2 * i + 1] = t.end[i]!;
    }
    s.addSpans(ex.spans, spans);
  }
  return s;
}

const res: Resources = { lexicon: lex, model: { weights: new Float32Array(size), mask }, user: null };
console.log(`train ${train.length} sentences (vtb ×${vtbWeight}, rdr ×${rdrWeight}${domain ? ', domain copies' : ''}), dev ${dev.length}; 2^${bits} weights, ${args.algo}`);
console.log(`dev longest matching: ${score(res.model, dev, true)}`);

for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = train.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [train[i], train[j]] = [train[j]!, train[i]!];
  }
  let errors = 0;
  let gaps = 0;
  for (const ex of train) {
    const both = domain && ex.vtb;
    const { tokens, wordAt } = ex;
    for (let i0 = 0, i1 = 0; i0 < tokens.count; i0 = i1) {
      i1 = planRun(ex.text, tokens, i0);
      fillRun(ws, res, ex.text, tokens, i0, i1);
      let prev = 0;
      for (let i = 1; i < ws.n; i++) {
        if (ws.joinable[i] === 0) {
          prev = 0;
          continue;
        }
        if (ws.force[i] !== 0) {
          prev = ws.force[i] === 1 ? 1 : 0;
          continue;
        }
        const gold = wordAt[tokens.start[i0 + i]!] === wordAt[tokens.start[i0 + i - 1]!] ? 1 : 0;
        const k = gapFeatures(ws, i, prev, f);
        const sc = learner.score(k, both);
        if (learner.learn(k, both, gold, sc)) errors++;
        gaps++;
        prev = sc > 0 ? 1 : 0;
      }
    }
  }
  if (epoch > epochs - avgLast) {
    const wts = learner.weights();
    for (let i = 0; i < size; i++) avgSum[i] = avgSum[i]! + wts[i]! / avgLast;
  }
  if (!args.quiet || epoch === epochs) {
    const devScore = score({ weights: learner.weights(), mask }, dev);
    console.log(`epoch ${epoch}: train errors ${errors}/${gaps}; dev ${devScore}`);
  }
}

const final = avgLast > 0 ? avgSum : learner.weights();
if (avgLast > 0) console.log(`mean of the last ${avgLast} epochs: dev ${score({ weights: final, mask }, dev)}`);
const packed = packModel(final, bits, keep);
const pruned = score({ weights: packed.weights, mask }, dev);
console.log(`packed: ${packed.nonzero} weights kept, ${packed.text.length} chars; dev ${pruned}`);

if (!args.dry) {
  const flags = process.argv.slice(2).filter((a) => a !== '--quiet' && a !== '--check');
  const out = `// Generated by \`npx tsx scripts/train-segmenter.ts${flags.length > 0 ? ' ' + flags.join(' ') : ''}\`; do not edit.
// Join weights (${args.algo}, 2^${bits} hashed features) trained on VTB train + RDRsegmenter train.
// Dev (vtb/dev.seg.txt) word F1 ${pruned.f1.toFixed(2)}. Format: see unpackModel in ./model-pack.ts.
export const MODEL_BITS = ${bits};
export const PACKED_MODEL = ${JSON.stringify(packed.text)};
`;
  writeGenerated('src/segment/model.generated.ts', out);
}
