// The engine must agree with the hand labels on the held-out test split: claim
// detection F1 at least 0.85, and verdict accuracy at least 0.80 on the claims it
// detects (docs/accuracy.md shows it beside the end-to-end figure, and lists every
// test sentence the engine gets wrong).
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/eval/corpus';
import { predict, THRESHOLDS } from '../../scripts/eval/metrics';
import { readReal } from '../../scripts/eval/real';
import { evaluateReal, predictReal } from '../../scripts/eval/real-report';
import { evaluate, THRESHOLD_MEASURE } from '../../scripts/eval/report';

describe('accuracy on the test split of the labelled corpus', () => {
  const ev = evaluate(predict(readCorpus()));

  it(`detects claims with F1 ≥ ${THRESHOLDS.f1}`, () => {
    expect(ev.test.items).toBeGreaterThan(100);
    expect(ev.test.f1).toBeGreaterThanOrEqual(THRESHOLDS.f1);
  });

  it(`gives the labelled verdict ${THRESHOLD_MEASURE === 'verdictAccuracy' ? 'on detected claims' : 'end to end'} with accuracy ≥ ${THRESHOLDS.verdictAccuracy}`, () => {
    expect(ev.test[THRESHOLD_MEASURE].of).toBeGreaterThan(50);
    expect(ev.thresholdAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.verdictAccuracy);
  });
});

// On the real-copy corpus (vendors' own sentences, frozen test split): the engine must not
// fall below what it measures now. These floors are not the targets: docs/accuracy-real.md
// prints the targets (F1 0.90 per language, gap 0.05) and says they are not met yet. The
// Chinese gap (0.088) is the engine's largest defect: the Chinese grammar fits the train
// split better than it carries to the test split.
const REAL_FLOORS = { f1: { en: 0.83, zh: 0.77 }, gap: 0.1 } as const;

describe('accuracy on the frozen test split of the real-copy corpus', () => {
  const ev = evaluateReal(predictReal(readReal()));

  for (const lang of ['en', 'zh'] as const) {
    it(`detects claims against plain statements in ${lang} with F1 ≥ ${REAL_FLOORS.f1[lang]}`, () => {
      expect(ev.by.test[lang].items).toBeGreaterThan(300);
      expect(ev.by.test[lang].f1 ?? 0).toBeGreaterThanOrEqual(REAL_FLOORS.f1[lang]);
    });

    it(`keeps the train–test F1 gap in ${lang} at most ${REAL_FLOORS.gap}`, () => {
      expect(ev.gap[lang] ?? 1).toBeLessThanOrEqual(REAL_FLOORS.gap);
    });
  }

  it('has a frozen test split of at least 1,200 sentences, labelled twice', () => {
    const test = ev.preds.filter((p) => p.item.split === 'test');
    expect(test.length).toBeGreaterThanOrEqual(1200);
    expect(ev.kappa.en ?? 0).toBeGreaterThan(0.6);
    expect(ev.kappa.zh ?? 0).toBeGreaterThan(0.6);
  });
});
