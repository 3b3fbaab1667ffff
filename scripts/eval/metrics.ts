// How well the engine agrees with the hand labels: claim detection as a binary
// classifier (positive = claim), verdicts as a four-way label, both per split and
// per language. Pure functions over (gold, predicted) pairs.
import { scoreClaim } from '../../heuristics/index';
import type { ClaimKind, Lang, Verdict } from '../../heuristics/types';
import type { CorpusItem, Split } from './corpus';

/** A verdict, or "not-a-claim" for a sentence that is not one. */
export type Label = Verdict | 'not-a-claim';
export const LABELS: readonly Label[] = ['supported', 'weak', 'unsupported', 'not-a-claim'];

export interface Prediction {
  item: CorpusItem;
  gold: Label;
  predicted: Label;
  score: number | null;
  kinds: ClaimKind[];
}

export function goldLabel(item: CorpusItem): Label {
  return item.claim && item.verdict ? item.verdict : 'not-a-claim';
}

/** Judge every item alone, with its footnotes and links as its evidence, as the labels were made. */
export function predict(items: CorpusItem[]): Prediction[] {
  return items.map((item) => {
    const r = scoreClaim(item.text, { lang: item.lang, ...(item.notes ? { notes: item.notes } : {}), ...(item.links ? { links: item.links } : {}) });
    return { item, gold: goldLabel(item), predicted: r.isClaim ? r.verdict : 'not-a-claim', score: r.score, kinds: r.kinds };
  });
}

export interface Ratio {
  /** Numerator and denominator, so a reader can see how many items a rate rests on. */
  n: number;
  of: number;
  /** n / of, or null when there is nothing to divide by. */
  value: number | null;
}

export function ratio(n: number, of: number): Ratio {
  return { n, of, value: of === 0 ? null : n / of };
}

export interface Metrics {
  items: number;
  /** Claim detection, positive = claim. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: Ratio;
  recall: Ratio;
  f1: number | null;
  /** Verdict right, among items that are claims in both the labels and the prediction. */
  verdictAccuracy: Ratio;
  /** Verdict right, among all labelled claims: a missed claim counts as wrong. */
  endToEndAccuracy: Ratio;
  /** All four labels (three verdicts and not-a-claim) right, among all items. */
  labelAccuracy: Ratio;
  /** confusion[gold][predicted] counts. */
  confusion: Record<Label, Record<Label, number>>;
}

function emptyConfusion(): Record<Label, Record<Label, number>> {
  const row = (): Record<Label, number> => ({ supported: 0, weak: 0, unsupported: 0, 'not-a-claim': 0 });
  return { supported: row(), weak: row(), unsupported: row(), 'not-a-claim': row() };
}

export function metrics(preds: Prediction[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let verdictRight = 0;
  let labelRight = 0;
  const confusion = emptyConfusion();
  for (const p of preds) {
    const goldClaim = p.gold !== 'not-a-claim';
    const predClaim = p.predicted !== 'not-a-claim';
    if (goldClaim && predClaim) tp++;
    else if (!goldClaim && predClaim) fp++;
    else if (goldClaim && !predClaim) fn++;
    else tn++;
    if (goldClaim && predClaim && p.gold === p.predicted) verdictRight++;
    if (p.gold === p.predicted) labelRight++;
    confusion[p.gold][p.predicted]++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = tp === 0 ? (fp + fn === 0 ? null : 0) : (2 * tp) / (2 * tp + fp + fn);
  return {
    items: preds.length,
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    f1,
    verdictAccuracy: ratio(verdictRight, tp),
    endToEndAccuracy: ratio(verdictRight, tp + fn),
    labelAccuracy: ratio(labelRight, preds.length),
    confusion,
  };
}

export type Group = { split: Split | 'all'; lang: Lang | 'all' };

export function select(preds: Prediction[], g: Group): Prediction[] {
  return preds.filter((p) => (g.split === 'all' || p.item.split === g.split) && (g.lang === 'all' || p.item.lang === g.lang));
}

export interface KindMetrics {
  kind: ClaimKind;
  gold: number;
  predicted: number;
  both: number;
  precision: Ratio;
  recall: Ratio;
}

/** Per claim kind: how often the engine names a kind the labels give, and how often it names one they do not. */
export function kindMetrics(preds: Prediction[], kinds: readonly ClaimKind[]): KindMetrics[] {
  return kinds.map((kind) => {
    let gold = 0;
    let predicted = 0;
    let both = 0;
    for (const p of preds) {
      const g = p.item.kinds.includes(kind);
      const k = p.kinds.includes(kind);
      if (g) gold++;
      if (k) predicted++;
      if (g && k) both++;
    }
    return { kind, gold, predicted, both, precision: ratio(both, predicted), recall: ratio(both, gold) };
  });
}

/** The evaluation is judged on the test split, all languages. */
export const THRESHOLDS = { f1: 0.85, verdictAccuracy: 0.8 } as const;
