// The learned gate: the shipped weights are exactly what `npm run train` makes from the
// train split, it is deterministic, and it reads every language and shape without throwing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readClaim } from '../../heuristics/claims';
import { features } from '../../heuristics/gate/features';
import { gateOf, gateOfSentence, SHIPPED_MODEL } from '../../heuristics/gate/model';
import { findSlots } from '../../heuristics/gate/slots';
import { scoreClaim } from '../../heuristics/index';
import { findQuantities } from '../../heuristics/quantities';
import { ROOT } from '../../scripts/eval/corpus';
import { readReal } from '../../scripts/eval/real';
import { GATE_FILE, trainGate, trainingExamples } from '../../scripts/train/gate';

describe('the claim gate', () => {
  it('ships the weights that retraining makes, bit for bit', () => {
    const shipped = readFileSync(resolve(ROOT, GATE_FILE), 'utf8');
    expect(`${JSON.stringify(trainGate())}\n` === shipped, 'run npm run train and commit heuristics/gate/weights.json').toBe(true);
  });

  it('learns from the train split only, never from the dev or the frozen test split', () => {
    const train = readReal().filter((i) => i.split === 'train').length;
    const examples = trainingExamples().length;
    const held = readReal().filter((i) => i.split !== 'train').length;
    expect(examples).toBeGreaterThanOrEqual(train);
    expect(examples).toBeLessThan(train + held);
    expect(SHIPPED_MODEL.trainedOn).toContain('train split');
  });

  it('reads the same features by hash as by name: the fast path and training agree', () => {
    for (const item of readReal().slice(0, 800)) {
      const quantities = findQuantities(item.text);
      const input = { text: item.text, lang: item.lang, slots: findSlots(item.text), reading: readClaim(item.text, quantities), quantities };
      const byName = gateOf(features(input), item.lang).p;
      const byHash = gateOfSentence(input).p;
      for (let k = 0; k < 3; k++) expect(byHash[k]).toBeCloseTo(byName[k] as number, 12);
    }
  });

  it('gives probabilities that sum to one and the label with the highest of them', () => {
    const { p, label } = gateOf(['w:save', 'slot:share.quantified-benefit', 'q:percent'], 'en');
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 12);
    expect(label).toBe(['claim', 'puffery', 'no'][p.indexOf(Math.max(...p))]);
  });

  it('gives the same report for the same sentence, every time and in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 6 }), (texts) => {
        const first = texts.map((t) => JSON.stringify(scoreClaim(t)));
        const again = [...texts]
          .reverse()
          .map((t) => JSON.stringify(scoreClaim(t)))
          .reverse();
        expect(again).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('reads odd Unicode without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        const r = scoreClaim(t);
        expect(typeof r.isClaim).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
