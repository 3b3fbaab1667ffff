// `npm run eval`: judge every sentence of both hand-labelled corpora and write what was
// measured. The real-copy corpus (tests/corpus/real.jsonl and real-more.jsonl, vendors'
// own sentences, three labels) gives docs/accuracy-real.md: claim against no per language and split, puffery
// apart, the train–test gap, the labellers' kappa, every wrong test sentence. The corpus
// written by the project (tests/corpus/labelled.jsonl) gives docs/accuracy.md: claim
// detection and verdicts, with confusion matrices and every wrong test sentence.
//   npm run eval                 print the summary, write docs/accuracy.md
//   npm run eval -- --check      exit 1 when docs/accuracy.md is out of date; write nothing
//   npm run eval -- --json       print the metrics as JSON instead of the summary
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_PATH, ROOT, readCorpus, SPLITS } from './eval/corpus';
import { metrics, predict, select, THRESHOLDS } from './eval/metrics';
import { readReal, readRealRaw } from './eval/real';
import { evaluateReal, predictReal, REAL_TARGETS, renderReal } from './eval/real-report';
import { evaluate, fixed, renderReport, THRESHOLD_MEASURE } from './eval/report';
import { syncGenerated } from './lib/generated';

export const DOC_PATH = 'docs/accuracy.md';
export const REAL_DOC_PATH = 'docs/accuracy-real.md';

const { values } = parseArgs({ options: { check: { type: 'boolean' }, json: { type: 'boolean' } }, strict: true });

const raw = readFileSync(resolve(ROOT, CORPUS_PATH), 'utf8');
const ev = evaluate(predict(readCorpus()));
const doc = renderReport(ev, raw);
const realRaw = readRealRaw();
const real = evaluateReal(predictReal(readReal()));
const realDoc = renderReal(real, realRaw);

if (values.json) {
  const groups = SPLITS.flatMap((split) => (['en', 'zh', 'all'] as const).map((lang) => ({ split, lang, ...metrics(select(ev.preds, { split, lang })) })));
  console.log(
    JSON.stringify(
      {
        real: { targets: REAL_TARGETS, passes: real.passes, gap: real.gap, kappa: real.kappa, by: real.by },
        thresholds: THRESHOLDS,
        thresholdMeasure: THRESHOLD_MEASURE,
        passes: ev.passes,
        groups,
      },
      null,
      2,
    ),
  );
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log('Real copy (tests/corpus/real.jsonl and real-more.jsonl): claim against no');
  console.log(`${pad('split · language', 18)} ${'items'.padStart(5)}  precision  recall     F1  puffery called a claim`);
  for (const split of ['train', 'dev', 'test'] as const) {
    for (const lang of ['en', 'zh', 'all'] as const) {
      const m = real.by[split][lang];
      console.log(
        `${pad(`${split} · ${lang}`, 18)} ${String(m.items).padStart(5)}  ${fixed(m.precision).padStart(9)}  ${fixed(m.recall).padStart(6)}  ${fixed(m.f1).padStart(5)}  ${`${m.pufferyAsClaim}/${m.puffery}`.padStart(22)}`,
      );
    }
  }
  console.log(
    `Train–test gap: en ${fixed(real.gap.en)}, zh ${fixed(real.gap.zh)}. Kappa: en ${fixed(real.kappa.en)}, zh ${fixed(real.kappa.zh)}. Targets (F1 ≥ ${REAL_TARGETS.f1}, gap ≤ ${REAL_TARGETS.gap} per language): F1 ${real.passes.f1 ? 'met' : 'NOT met'}, gap ${real.passes.gap ? 'met' : 'NOT met'}.\n`,
  );
  console.log('Written by the project (tests/corpus/labelled.jsonl)');
  console.log(`${pad('split · language', 18)} ${'items'.padStart(5)}  precision  recall     F1  verdicts: end to end  on detected`);
  for (const split of SPLITS) {
    for (const lang of ['en', 'zh', 'all'] as const) {
      const m = metrics(select(ev.preds, { split, lang }));
      console.log(
        `${pad(`${split} · ${lang}`, 18)} ${String(m.items).padStart(5)}  ${fixed(m.precision.value).padStart(9)}  ${fixed(m.recall.value).padStart(6)}  ${fixed(m.f1).padStart(5)}  ${fixed(m.endToEndAccuracy.value).padStart(20)}  ${fixed(m.verdictAccuracy.value).padStart(11)}`,
      );
    }
  }
  const measure = THRESHOLD_MEASURE === 'endToEndAccuracy' ? 'verdict accuracy (end to end)' : 'verdict accuracy (on detected claims)';
  console.log(
    `\nTest split: claim-detection F1 ${fixed(ev.test.f1)} (threshold ${THRESHOLDS.f1}) ${ev.passes.f1 ? 'met' : 'NOT met'}; ${measure} ${fixed(ev.thresholdAccuracy)} (threshold ${THRESHOLDS.verdictAccuracy}) ${ev.passes.verdictAccuracy ? 'met' : 'NOT met'}.`,
  );
}

for (const [path, body] of [
  [DOC_PATH, doc],
  [REAL_DOC_PATH, realDoc],
] as const) {
  if (!syncGenerated(ROOT, path, body, { check: !!values.check, command: 'npm run eval', quiet: !!values.json })) process.exitCode = 1;
}
