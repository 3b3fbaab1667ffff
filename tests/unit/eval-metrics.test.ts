// The arithmetic behind `npm run eval`, on small hand-counted cases, and the corpus
// reader's refusal of malformed items.
import { describe, expect, it } from 'vitest';
import { type CorpusItem, parseCorpus, readCorpus } from '../../scripts/eval/corpus';
import { goldLabel, kindMetrics, type Label, metrics, type Prediction, predict, select } from '../../scripts/eval/metrics';
import { table } from '../../scripts/eval/report';

function item(id: string, label: Label, extra: Partial<CorpusItem> = {}): CorpusItem {
  const claim = label !== 'not-a-claim';
  return {
    id,
    text: id,
    lang: 'en',
    source: 'written',
    claim,
    kinds: claim ? ['quantified-benefit'] : [],
    verdict: claim ? label : null,
    split: 'test',
    ...extra,
  };
}

function pred(gold: Label, predicted: Label, extra: Partial<CorpusItem> = {}): Prediction {
  const it = item(`x-${gold}-${predicted}`, gold, extra);
  return { item: it, gold, predicted, score: predicted === 'not-a-claim' ? null : 50, kinds: predicted === 'not-a-claim' ? [] : ['quantified-benefit'] };
}

describe('metrics', () => {
  // 3 claims found (2 with the right verdict), 1 missed, 1 false claim, 2 right non-claims.
  const preds = [
    pred('unsupported', 'unsupported'),
    pred('supported', 'supported'),
    pred('weak', 'unsupported'),
    pred('supported', 'not-a-claim'),
    pred('not-a-claim', 'unsupported'),
    pred('not-a-claim', 'not-a-claim'),
    pred('not-a-claim', 'not-a-claim'),
  ];
  const m = metrics(preds);

  it('counts claim detection with "claim" as the positive class', () => {
    expect([m.tp, m.fp, m.fn, m.tn]).toEqual([3, 1, 1, 2]);
    expect(m.precision).toEqual({ n: 3, of: 4, value: 0.75 });
    expect(m.recall).toEqual({ n: 3, of: 4, value: 0.75 });
    expect(m.f1).toBeCloseTo(0.75, 10);
  });

  it('separates verdict accuracy on detected claims from end-to-end accuracy', () => {
    expect(m.verdictAccuracy).toEqual({ n: 2, of: 3, value: 2 / 3 });
    // The missed supported claim counts as wrong end to end.
    expect(m.endToEndAccuracy).toEqual({ n: 2, of: 4, value: 0.5 });
    expect(m.labelAccuracy).toEqual({ n: 4, of: 7, value: 4 / 7 });
  });

  it('fills the confusion matrix by label and answer', () => {
    expect(m.confusion.supported).toEqual({ supported: 1, weak: 0, unsupported: 0, 'not-a-claim': 1 });
    expect(m.confusion.weak.unsupported).toBe(1);
    expect(m.confusion['not-a-claim']).toEqual({ supported: 0, weak: 0, unsupported: 1, 'not-a-claim': 2 });
    const total = Object.values(m.confusion).reduce((a, row) => a + Object.values(row).reduce((b, n) => b + n, 0), 0);
    expect(total).toBe(preds.length);
  });

  it('has no rate where there is nothing to divide', () => {
    const none = metrics([pred('not-a-claim', 'not-a-claim')]);
    expect(none.precision.value).toBeNull();
    expect(none.recall.value).toBeNull();
    expect(none.f1).toBeNull();
    expect(none.endToEndAccuracy.value).toBeNull();
    expect(metrics([pred('weak', 'not-a-claim')]).f1).toBe(0);
  });

  it('selects by split and language', () => {
    const mixed = [pred('weak', 'weak', { lang: 'zh' }), pred('weak', 'weak', { split: 'train' }), pred('weak', 'weak')];
    expect(select(mixed, { split: 'test', lang: 'all' })).toHaveLength(2);
    expect(select(mixed, { split: 'test', lang: 'zh' })).toHaveLength(1);
    expect(select(mixed, { split: 'all', lang: 'en' })).toHaveLength(2);
  });

  it('counts claim kinds named by both', () => {
    const p = pred('weak', 'weak');
    p.kinds = ['quantified-benefit', 'superlative'];
    const [qb, sup] = kindMetrics([p], ['quantified-benefit', 'superlative']);
    expect(qb).toMatchObject({ gold: 1, predicted: 1, both: 1 });
    expect(sup).toMatchObject({ gold: 0, predicted: 1, both: 0, recall: { value: null }, precision: { value: 0 } });
  });
});

describe('the corpus as evaluated', () => {
  const items = readCorpus();

  it('reads every labelled item, with notes and links as evidence input', () => {
    expect(items.length).toBeGreaterThan(500);
    expect(items.some((i) => i.notes?.length)).toBe(true);
    expect(items.some((i) => i.links?.length)).toBe(true);
    expect(new Set(items.map((i) => goldLabel(i)))).toEqual(new Set(['supported', 'weak', 'unsupported', 'not-a-claim']));
  });

  it('judges footnoted items with their footnotes', () => {
    const footnoted = items.filter((i) => i.notes?.length);
    const withNotes = predict(footnoted);
    const without = predict(footnoted.map(({ notes: _n, ...rest }) => rest));
    expect(withNotes.map((p) => p.score)).not.toEqual(without.map((p) => p.score));
  });

  it.each([
    ['{"id": "a"', /:1: not valid JSON/],
    ['{"id": "a", "text": "x", "lang": "fr", "claim": false, "kinds": [], "verdict": null, "split": "test"}', /"lang" must be/],
    ['{"id": "a", "text": "x", "lang": "en", "claim": true, "kinds": [], "verdict": "weak", "split": "test"}', /a claim needs kinds and a verdict/],
    ['{"id": "a", "text": "x", "lang": "en", "claim": false, "kinds": [], "verdict": "weak", "split": "test"}', /a non-claim has no kinds/],
    ['{"id": "a", "text": "x", "lang": "en", "claim": false, "kinds": [], "verdict": null, "split": "dev"}', /"split" must be train or test/],
    ['{"id": "a", "text": "x", "lang": "en", "claim": true, "kinds": ["magic"], "verdict": "weak", "split": "test"}', /"kinds" must be a list of claim kinds/],
  ])('refuses a malformed item: %s', (line, message) => {
    expect(() => parseCorpus(line)).toThrow(message);
  });

  it('refuses duplicate ids', () => {
    const line = '{"id": "a", "text": "x", "lang": "en", "claim": false, "kinds": [], "verdict": null, "split": "test"}';
    expect(() => parseCorpus(`${line}\n${line}`)).toThrow(/:2: duplicate id a/);
  });
});

describe('Markdown tables', () => {
  it('pads every cell to its column, Chinese counted double, numbers to the right', () => {
    expect(
      table(
        ['a', 'n'],
        [
          ['中文', '1'],
          ['xxxxx', '22'],
        ],
        ['left', 'right'],
      ),
    ).toEqual(['| a     |   n |', '| ----- | --: |', '| 中文  |   1 |', '| xxxxx |  22 |']);
  });
});
