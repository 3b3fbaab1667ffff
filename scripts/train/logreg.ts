// Multinomial logistic regression, trained the same way every time: the vocabulary sorted,
// the examples visited in an order fixed by a seeded generator, a fixed number of epochs
// and a decaying learning rate. Retraining on the same data gives the same weights, bit
// for bit, which tests/unit/gate-train.test.ts checks against the shipped ones.

import { mulberry32 } from '../lib/random';

export interface Example {
  features: readonly string[];
  /** Index of the label. */
  y: number;
}

export interface TrainOptions {
  classes: number;
  epochs: number;
  /** L2 penalty per example visit, for the structural features (slots, cues, kinds, figures, shape). */
  l2: number;
  /** L2 penalty per example visit for word and character n-grams, which are many and each rare: they need a stronger pull to zero. */
  l2Ngram: number;
  rate: number;
  /** Features seen in fewer training examples than this are left out. */
  minCount: number;
  seed: number;
  /** Weights are rounded to this many decimals when shipped. */
  decimals: number;
  /**
   * The value a word or character n-gram takes (structural features take 1): below 1, the
   * many rare n-grams move the score less than the few slots and cues, so the model leans
   * on the grammar and generalises to wordings it has not seen.
   */
  ngramScale: number;
}

/** Word and character n-grams, by their prefix (gate/features.ts). */
export const NGRAM = /^[wbc]:/;

export const DEFAULT_TRAIN: TrainOptions = {
  classes: 3,
  epochs: 8,
  l2: 1e-4,
  l2Ngram: 1e-2,
  rate: 0.1,
  minCount: 3,
  seed: 20261202,
  decimals: 4,
  ngramScale: 0.3,
};

export interface Trained {
  bias: number[];
  weights: Record<string, number[]>;
}

export function train(examples: readonly Example[], o: TrainOptions = DEFAULT_TRAIN): Trained {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts]
    .filter(([, n]) => n >= o.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const K = o.classes;
  const W = new Float64Array(vocab.length * K);
  const penalty = Float64Array.from(vocab, (f) => (NGRAM.test(f) ? o.l2Ngram : o.l2));
  const value = Float64Array.from(vocab, (f) => (NGRAM.test(f) ? o.ngramScale : 1));
  const b = new Float64Array(K);
  const rows = examples.map((e) => ({
    x: [...new Set(e.features)]
      .map((f) => index.get(f))
      .filter((i): i is number => i !== undefined)
      .sort((p, q) => p - q),
    y: e.y,
  }));
  const order = rows.map((_, i) => i);
  const next = mulberry32(o.seed);
  const z = new Float64Array(K);
  let step = 0;
  const total = o.epochs * rows.length;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const r of order) {
      const row = rows[r];
      if (!row) continue;
      const eta = o.rate / (1 + (4 * step) / total);
      step++;
      for (let k = 0; k < K; k++) {
        let s = b[k] as number;
        for (const f of row.x) s += (W[f * K + k] as number) * (value[f] as number);
        z[k] = s;
      }
      let top = -Infinity;
      for (let k = 0; k < K; k++) top = Math.max(top, z[k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp((z[k] as number) - top);
        sum += z[k] as number;
      }
      for (let k = 0; k < K; k++) {
        const g = (z[k] as number) / sum - (k === row.y ? 1 : 0);
        b[k] = (b[k] as number) - eta * g;
        for (const f of row.x) {
          const at = f * K + k;
          const w = W[at] as number;
          W[at] = w - eta * (g * (value[f] as number) + (penalty[f] as number) * w);
        }
      }
    }
  }
  const round = (v: number) => {
    const r = Math.round(v * 10 ** o.decimals) / 10 ** o.decimals;
    return r === 0 ? 0 : r;
  };
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const w = Array.from({ length: K }, (_, k) => round(W[i * K + k] as number));
    if (w.some((v) => Math.abs(v) >= 10 ** -o.decimals * 5)) weights[f] = w;
  });
  return { bias: Array.from(b, round), weights };
}
