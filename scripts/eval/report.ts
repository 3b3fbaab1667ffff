// docs/accuracy.md from the evaluation: the same corpus and engine always give the
// same bytes (no dates, no timings), so the file can be checked in and checked for
// staleness. Tables are laid out the way the Markdown formatter lays them out.
import { createHash } from 'node:crypto';
import { displayWidth, mdEscape } from '../../cli/text';
import { ENGINE_VERSION } from '../../heuristics/index';
import { CLAIM_KINDS } from '../../heuristics/types';
import { CORPUS_PATH, type CorpusItem } from './corpus';
import { type Group, kindMetrics, LABELS, type Label, type Metrics, metrics, type Prediction, type Ratio, select, THRESHOLDS } from './metrics';

/** Wrong training sentences listed (all wrong test sentences are). */
export const TRAIN_WRONG_SHOWN = 40;

/**
 * Which verdict accuracy the threshold is checked against: accuracy on detected claims.
 * Detection has its own threshold (F1), so the end-to-end figure would count every
 * missed claim against both; it is reported beside it all the same.
 */
export const THRESHOLD_MEASURE: 'endToEndAccuracy' | 'verdictAccuracy' = 'verdictAccuracy';

const LANG_NAME = { en: 'English', zh: 'Chinese', all: 'all' } as const;
const LABEL_NAME: Record<Label, string> = { supported: 'supported', weak: 'weak', unsupported: 'unsupported', 'not-a-claim': 'not a claim' };

export function fixed(v: number | null, digits = 3): string {
  return v === null ? '–' : v.toFixed(digits);
}

function rate(r: Ratio): string {
  return r.value === null ? '–' : `${fixed(r.value)} (${r.n}/${r.of})`;
}

type Align = 'left' | 'right';

/** A Markdown table padded as the formatter pads it: every cell to its column's width. */
export function table(head: string[], rows: string[][], align: Align[]): string[] {
  const widths = head.map((h, i) => Math.max(3, displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (s: string, i: number): string => {
    const space = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(s)));
    return align[i] === 'right' ? space + s : s + space;
  };
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)];
}

const GROUPS: Group[] = (['test', 'train'] as const).flatMap((split) => (['en', 'zh', 'all'] as const).map((lang) => ({ split, lang })));

function groupName(g: Group): string {
  return `${g.split} · ${LANG_NAME[g.lang]}`;
}

export interface Evaluation {
  preds: Prediction[];
  test: Metrics;
  /** The verdict accuracy the threshold is checked against, on the test split. */
  thresholdAccuracy: number | null;
  passes: { f1: boolean; verdictAccuracy: boolean };
}

export function evaluate(preds: Prediction[]): Evaluation {
  const test = metrics(select(preds, { split: 'test', lang: 'all' }));
  const thresholdAccuracy = test[THRESHOLD_MEASURE].value;
  return {
    preds,
    test,
    thresholdAccuracy,
    passes: { f1: (test.f1 ?? 0) >= THRESHOLDS.f1, verdictAccuracy: (thresholdAccuracy ?? 0) >= THRESHOLDS.verdictAccuracy },
  };
}

function wrongEntry(p: Prediction): string[] {
  const it = p.item;
  const gold = it.claim ? `${LABEL_NAME[p.gold]} (${it.kinds.join(', ')})` : LABEL_NAME[p.gold];
  const got = p.predicted === 'not-a-claim' ? LABEL_NAME[p.predicted] : `${LABEL_NAME[p.predicted]}, score ${p.score} (${p.kinds.join(', ')})`;
  const extra: string[] = [];
  if (it.notes?.length) extra.push(`notes: ${it.notes.map((n) => n.text).join(' / ')}`);
  if (it.links?.length) extra.push(`links: ${it.links.map((l) => `${l.text} <${l.href}>`).join(' / ')}`);
  if (it.why) extra.push(`label note: ${it.why}`);
  const out = [`- \`${it.id}\` labelled **${gold}**, engine says **${got}**: ${mdEscape(it.text)}`];
  for (const e of extra) out.push(`  - ${mdEscape(e)}`);
  return out;
}

function corpusHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

function counts(items: CorpusItem[]): string {
  const n = (f: (i: CorpusItem) => boolean) => items.filter(f).length;
  return `${items.length} sentences: ${n((i) => i.lang === 'en')} English and ${n((i) => i.lang === 'zh')} Chinese; ${n((i) => i.split === 'train')} train and ${n((i) => i.split === 'test')} test; ${n((i) => !i.claim)} not claims, ${n((i) => i.verdict === 'unsupported')} unsupported, ${n((i) => i.verdict === 'weak')} weak, ${n((i) => i.verdict === 'supported')} supported`;
}

/** The whole of docs/accuracy.md. `raw` is the corpus file's text, for its fingerprint. */
export function renderReport(ev: Evaluation, raw: string): string {
  const { preds, test } = ev;
  const items = preds.map((p) => p.item);
  const out: string[] = [];
  const measureName = THRESHOLD_MEASURE === 'endToEndAccuracy' ? 'verdict accuracy end to end' : 'verdict accuracy on detected claims';
  out.push(
    '# Accuracy',
    '',
    `How well the engine agrees with the hand-labelled corpus in [\`${CORPUS_PATH}\`](../${CORPUS_PATH}). Written by \`npm run eval\` from the engine and the corpus alone; do not edit it by hand. A unit test fails when it is out of date.`,
    '',
    `Engine ${ENGINE_VERSION}. Corpus: ${counts(items)}. Fingerprint of the corpus file: \`${corpusHash(raw)}\`.`,
    '',
    '## Summary: the test split',
    '',
  );
  const train = metrics(select(preds, { split: 'train', lang: 'all' }));
  const langs = (['en', 'zh', 'all'] as const).map((lang) => metrics(select(preds, { split: 'test', lang })));
  const row = (name: string, f: (m: Metrics) => string, threshold = '') => [name, ...langs.map(f), threshold];
  out.push(
    ...table(
      ['test split', 'English', 'Chinese', 'all', 'threshold'],
      [
        row('sentences', (m) => String(m.items)),
        row('claim detection: precision', (m) => fixed(m.precision.value)),
        row('claim detection: recall', (m) => fixed(m.recall.value)),
        row('claim detection: F1', (m) => fixed(m.f1), `≥ ${THRESHOLDS.f1.toFixed(2)}`),
        row(
          'verdict accuracy, end to end',
          (m) => fixed(m.endToEndAccuracy.value),
          THRESHOLD_MEASURE === 'endToEndAccuracy' ? `≥ ${THRESHOLDS.verdictAccuracy.toFixed(2)}` : '',
        ),
        row(
          'verdict accuracy on detected claims',
          (m) => fixed(m.verdictAccuracy.value),
          THRESHOLD_MEASURE === 'verdictAccuracy' ? `≥ ${THRESHOLDS.verdictAccuracy.toFixed(2)}` : '',
        ),
        row('four-way label accuracy', (m) => fixed(m.labelAccuracy.value)),
      ],
      ['left', 'right', 'right', 'right', 'left'],
    ),
    '',
    `Thresholds on the test split, all languages: claim-detection F1 ${fixed(test.f1)} against ${THRESHOLDS.f1.toFixed(2)} (${ev.passes.f1 ? 'met' : 'not met'}); ${measureName} ${fixed(ev.thresholdAccuracy)} against ${THRESHOLDS.verdictAccuracy.toFixed(2)} (${ev.passes.verdictAccuracy ? 'met' : 'not met'}).`,
    '',
    `For comparison, the training split: claim-detection F1 ${fixed(train.f1)}, verdict accuracy end to end ${fixed(train.endToEndAccuracy.value)} and on detected claims ${fixed(train.verdictAccuracy.value)}. Rules may be developed against the training split, so the test split is the figure to trust; the gap between the two shows how much the rules are fitted to the training sentences.`,
    '',
    '## How it is measured',
    '',
    '- Each sentence is judged alone with `scoreClaim(text, { lang, notes, links })`: its own words, its footnotes and its links, which is all the labeller looked at (see the labelling guide, section 1).',
    '- **Claim detection** treats "is a claim" as the positive class. Precision: of the sentences the engine calls claims, the share the labels call claims. Recall: of the labelled claims, the share the engine finds. F1: their harmonic mean.',
    '- **Verdict accuracy, end to end**: of all labelled claims, the share the engine both finds and gives the labelled verdict (supported, weak or unsupported). A missed claim counts as wrong.',
    '- **Verdict accuracy on detected claims**: the same, among sentences that both the labels and the engine call claims only, so it measures the verdict apart from detection.',
    '- **Four-way label accuracy**: of all sentences, the share whose label (a verdict, or not a claim) the engine matches.',
    THRESHOLD_MEASURE === 'verdictAccuracy'
      ? '- The verdict threshold applies to **accuracy on detected claims**: claim detection has its own threshold (F1), and the end-to-end figure would count each missed claim against both. The end-to-end figure is the one a reader of a page meets, and it is reported beside it.'
      : '- The verdict threshold applies to **end-to-end accuracy**, the figure a reader of a page meets: a missed claim counts against it as well as against detection.',
    `- The corpus is split once, by a hash of each id, into train and test (see [\`tests/corpus/README.md\`](../tests/corpus/README.md)). Rules may be developed against the training split; the thresholds apply to the test split, and \`tests/unit/eval-thresholds.test.ts\` fails below them.`,
    '',
    '## Claim detection',
    '',
  );
  const all = GROUPS.map((g) => ({ g, m: metrics(select(preds, g)) }));
  out.push(
    ...table(
      ['split · language', 'sentences', 'claims found', 'false claims', 'claims missed', 'non-claims', 'precision', 'recall', 'F1'],
      all.map(({ g, m }) => [
        groupName(g),
        String(m.items),
        String(m.tp),
        String(m.fp),
        String(m.fn),
        String(m.tn),
        rate(m.precision),
        rate(m.recall),
        fixed(m.f1),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    '## Verdicts',
    '',
    ...table(
      ['split · language', 'labelled claims', 'end to end', 'on detected claims', 'four-way label'],
      all.map(({ g, m }) => [groupName(g), String(m.tp + m.fn), rate(m.endToEndAccuracy), rate(m.verdictAccuracy), rate(m.labelAccuracy)]),
      ['left', 'right', 'right', 'right', 'right'],
    ),
    '',
    'Confusion matrices: one row per label, one column per engine answer.',
  );
  for (const { g, m } of all) {
    out.push(
      '',
      `### ${groupName(g)}`,
      '',
      ...table(
        ['label \\ engine', ...LABELS.map((l) => LABEL_NAME[l]), 'total'],
        LABELS.map((gold) => [
          LABEL_NAME[gold],
          ...LABELS.map((p) => String(m.confusion[gold][p])),
          String(LABELS.reduce((a, p) => a + m.confusion[gold][p], 0)),
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right'],
      ),
    );
  }
  out.push(
    '',
    '## Claim kinds, both splits',
    '',
    'How often the engine names each kind the labels give (recall), and how often a kind it names is one the labels give (precision). A sentence can be of several kinds.',
    '',
    ...table(
      ['kind', 'labelled', 'named by the engine', 'both', 'precision', 'recall'],
      kindMetrics(preds, CLAIM_KINDS).map((k) => [
        k.kind,
        String(k.gold),
        String(k.predicted),
        String(k.both),
        fixed(k.precision.value),
        fixed(k.recall.value),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    '## Sentences it gets wrong',
    '',
  );
  const wrong = (split: 'train' | 'test') => preds.filter((p) => p.item.split === split && p.gold !== p.predicted);
  const testWrong = wrong('test');
  out.push(`### Test split: all ${testWrong.length} of ${select(preds, { split: 'test', lang: 'all' }).length}`, '');
  if (testWrong.length === 0) out.push('None.');
  for (const p of testWrong) out.push(...wrongEntry(p));
  const trainWrong = wrong('train');
  const shown = trainWrong.slice(0, TRAIN_WRONG_SHOWN);
  out.push(
    '',
    `### Training split: ${shown.length < trainWrong.length ? `the first ${shown.length} of ${trainWrong.length}` : `all ${trainWrong.length}`} wrong, of ${select(preds, { split: 'train', lang: 'all' }).length}, in corpus order`,
    '',
  );
  if (trainWrong.length === 0) out.push('None.');
  for (const p of shown) out.push(...wrongEntry(p));
  out.push('');
  return out.join('\n');
}
