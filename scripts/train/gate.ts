// What the gate learns from: the train split of tests/corpus/real.jsonl (vendors' copy,
// three labels) and, as extra examples, the project's written corpus (labelled.jsonl,
// two labels: a claim whose only kinds are praise or AI talk counts as puffery there).
// Never a dev or a test split of either.
import { readClaim } from '../../heuristics/claims';
import { decide, gateFeatures } from '../../heuristics/gate/index';
import { type GateBounds, type GateModel, gateOf } from '../../heuristics/gate/model';
import { findSlots, type Slot } from '../../heuristics/gate/slots';
import { findQuantities } from '../../heuristics/quantities';
import { LANGS, type Lang } from '../../heuristics/types';
import { readCorpus } from '../eval/corpus';
import { readReal, THREE, type Three } from '../eval/real';
import { DEFAULT_TRAIN, type Example, train } from './logreg';

export const GATE_FILE = 'heuristics/gate/weights.json';

export function featuresOf(text: string, lang: Lang): string[] {
  const quantities = findQuantities(text);
  return gateFeatures(text, lang, readClaim(text, quantities), quantities);
}

const PRAISE_ONLY = new Set(['vague-promise', 'ai-washing']);

export function trainingExamples(): Example[] {
  const out: Example[] = [];
  for (const item of readReal()) {
    if (item.split !== 'train') continue;
    out.push({ features: featuresOf(item.text, item.lang), y: THREE.indexOf(item.label) });
  }
  for (const item of readCorpus()) {
    if (item.split !== 'train') continue;
    const label: Three = !item.claim ? 'no' : item.kinds.every((k) => PRAISE_ONLY.has(k)) ? 'puffery' : 'claim';
    out.push({ features: featuresOf(item.text, item.lang), y: THREE.indexOf(label) });
  }
  return out;
}

/** Bounds tried on the dev split, for each language apart; the best F1 of that language wins (the first on a tie). */
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
/** How unsure the model must be before the grammar may overrule it; 1 lets the grammar always speak. */
const GRAMMAR_BOUNDS = [0.6, 0.7, 0.8, 0.9, 1];
/** How sure the model must be that a sentence is plain before it overrules the lexicon; above 1 it never does. */
const VETO_BOUNDS = [0.6, 0.7, 0.8, 0.9, 0.95, 1.01];

interface DevItem {
  features: string[];
  slots: Slot[];
  lexicon: boolean;
  lang: Lang;
  label: Three;
}

function devF1(model: GateModel, dev: readonly DevItem[], lang: Lang): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of dev) {
    if (d.lang !== lang || d.label === 'puffery') continue;
    const claims = decide(gateOf(d.features, lang, model), d.slots, d.lexicon);
    if (claims && d.label === 'claim') tp++;
    else if (claims) fp++;
    else if (d.label === 'claim') fn++;
  }
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

export function trainGate(): GateModel {
  const examples = trainingExamples();
  const { bias, weights } = train(examples, DEFAULT_TRAIN);
  const dev: DevItem[] = readReal()
    .filter((i) => i.split === 'dev')
    .map((i) => ({
      features: featuresOf(i.text, i.lang),
      slots: findSlots(i.text),
      lexicon: readClaim(i.text, findQuantities(i.text)).kinds.length > 0,
      lang: i.lang,
      label: i.label,
    }));
  const start: GateBounds = { threshold: 0.5, grammarBound: 1, vetoBound: 1 };
  const model: GateModel = {
    trainedOn: `${examples.length} sentences: the train split of tests/corpus/real.jsonl, real-more.jsonl and labelled.jsonl; bounds chosen on the dev split, for each language`,
    labels: THREE,
    bounds: { en: { ...start }, zh: { ...start } },
    ngramScale: DEFAULT_TRAIN.ngramScale,
    bias,
    weights,
  };
  for (const lang of LANGS) {
    let best = -1;
    for (const threshold of THRESHOLDS) {
      for (const grammarBound of GRAMMAR_BOUNDS) {
        if (grammarBound < threshold) continue;
        for (const vetoBound of VETO_BOUNDS) {
          const bounds = { threshold, grammarBound, vetoBound };
          const f = devF1({ ...model, bounds: { ...model.bounds, [lang]: bounds } }, dev, lang);
          if (f > best) {
            best = f;
            model.bounds[lang] = bounds;
          }
        }
      }
    }
  }
  return model;
}
