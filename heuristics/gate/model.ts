// The learned gate: does a sentence make a claim, only praise it (puffery), or neither?
// A multinomial logistic regression over the features of gate/features.ts, trained by
// `npm run train` on the train split of tests/corpus/real.jsonl; its weights ship as data
// (gate/weights.json). No randomness at run time: the same sentence always gets the same
// label. The rules still decide the kinds, the spans, the flags and the notes.
//
// The engine asks one question of it: is this plain statement ("no"), or does it promise
// or praise? A sentence the lexicon reads as a claim stays one unless the model is sure it
// is plain (the veto bound); any other sentence is a claim when the probability of "no"
// is below the threshold, or below the grammar's bound when a slot of the grammar makes a
// kind. Training chooses the three bounds on the dev split, for each language apart: the
// two languages' copy differs in how often it claims, so one cut does not suit both. Puffery stays a claim of the
// praise kinds, so its own rules ("praise in place of a description") still speak; the
// evaluation reports how often that happens.
import type { Lang } from '../types';
import { type FeatureInput, featureHash, walkFeatures } from './features';
import WEIGHTS from './weights.json' with { type: 'json' };

export const GATE_LABELS = ['claim', 'puffery', 'no'] as const;
export type GateLabel = (typeof GATE_LABELS)[number];

/** Where the gate cuts, on the probability of "no". */
export interface GateBounds {
  /** A sentence whose probability of "no" is below this is a claim (or puffery). */
  threshold: number;
  /** The grammar may overrule the model only below this probability of "no": never where the model is sure. */
  grammarBound: number;
  /** A claim the lexicon found is overruled only at or above this probability of "no". */
  vetoBound: number;
}

export interface GateModel {
  /** What the weights were trained on, for the record (docs/accuracy.md shows it). */
  trainedOn: string;
  labels: readonly GateLabel[];
  /** The bounds for each language. */
  bounds: Record<Lang, GateBounds>;
  /** The value of a word or character n-gram feature ("w:", "b:", "c:"); other features count 1. */
  ngramScale: number;
  bias: readonly number[];
  /** Feature → one weight per label. */
  weights: Record<string, readonly number[]>;
}

export interface GateResult {
  /** The most probable label. */
  label: GateLabel;
  /** Not a plain statement: the probability of "no" is below the model's threshold. */
  claims: boolean;
  /** The model is unsure enough for the grammar to decide. */
  grammarMay: boolean;
  /** The model is sure enough that the sentence is plain to overrule the lexicon. */
  veto: boolean;
  /** Probability of each label, in GATE_LABELS order. */
  p: [number, number, number];
}

interface Compiled {
  bias: readonly number[];
  table: Map<string, readonly number[]>;
  /** The same weights by the hash of the feature's name (gate/features.ts). */
  byHash: Map<number, readonly number[]>;
}

const compiled = new WeakMap<GateModel, Compiled>();

function compile(model: GateModel): Compiled {
  let c = compiled.get(model);
  if (!c) {
    const byHash = new Map<number, readonly number[]>();
    for (const [name, w] of Object.entries(model.weights)) {
      const h = featureHash(name);
      if (byHash.has(h)) throw new Error(`gate: two features share the hash of "${name}"`);
      byHash.set(h, w);
    }
    c = { bias: model.bias, table: new Map(Object.entries(model.weights)), byHash };
    compiled.set(model, c);
  }
  return c;
}

export const SHIPPED_MODEL = WEIGHTS as GateModel;

function result(z0: number, z1: number, z2: number, bounds: GateBounds): GateResult {
  const top = Math.max(z0, z1, z2);
  const e0 = Math.exp(z0 - top);
  const e1 = Math.exp(z1 - top);
  const e2 = Math.exp(z2 - top);
  const sum = e0 + e1 + e2;
  const p: [number, number, number] = [e0 / sum, e1 / sum, e2 / sum];
  const label: GateLabel = p[0] >= p[1] && p[0] >= p[2] ? 'claim' : p[1] >= p[2] ? 'puffery' : 'no';
  return { label, claims: p[2] < bounds.threshold, grammarMay: p[2] < bounds.grammarBound, veto: p[2] >= bounds.vetoBound, p };
}

/** The gate's label and probabilities for a sentence's features, by name. */
export function gateOf(features: readonly string[], lang: Lang, model: GateModel = SHIPPED_MODEL): GateResult {
  const { bias, table } = compile(model);
  let z0 = bias[0] ?? 0;
  let z1 = bias[1] ?? 0;
  let z2 = bias[2] ?? 0;
  const scale = model.ngramScale;
  for (const f of features) {
    const w = table.get(f);
    if (!w) continue;
    const c = f.charCodeAt(0);
    const v = f.charCodeAt(1) === 58 && (c === 119 || c === 98 || c === 99) ? scale : 1;
    z0 += (w[0] ?? 0) * v;
    z1 += (w[1] ?? 0) * v;
    z2 += (w[2] ?? 0) * v;
  }
  return result(z0, z1, z2, model.bounds[lang]);
}

/** The same, reading the sentence's features as hashes as they are found: no string per feature. */
export function gateOfSentence(input: FeatureInput, model: GateModel = SHIPPED_MODEL): GateResult {
  const { bias, byHash } = compile(model);
  const z = [bias[0] ?? 0, bias[1] ?? 0, bias[2] ?? 0];
  const scale = model.ngramScale;
  walkFeatures(input, (h, ngram) => {
    const w = byHash.get(h);
    if (!w) return;
    const v = ngram ? scale : 1;
    z[0] = (z[0] as number) + (w[0] ?? 0) * v;
    z[1] = (z[1] as number) + (w[1] ?? 0) * v;
    z[2] = (z[2] as number) + (w[2] ?? 0) * v;
  });
  return result(z[0] as number, z[1] as number, z[2] as number, model.bounds[input.lang]);
}
