// `npm run eval`: judge every sentence of the hand-labelled corpus, print precision,
// recall and F1 of claim detection and verdict accuracy per split and language, and
// write docs/accuracy.md (confusion matrices and every wrong test sentence included).
//   npm run eval                 print the summary, write docs/accuracy.md
//   npm run eval -- --check      exit 1 when docs/accuracy.md is out of date; write nothing
//   npm run eval -- --json       print the metrics as JSON instead of the summary
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_PATH, ROOT, readCorpus, SPLITS } from './eval/corpus';
import { metrics, predict, select, THRESHOLDS } from './eval/metrics';
import { evaluate, fixed, renderReport, THRESHOLD_MEASURE } from './eval/report';

export const DOC_PATH = 'docs/accuracy.md';

const { values } = parseArgs({ options: { check: { type: 'boolean' }, json: { type: 'boolean' } }, strict: true });

const raw = readFileSync(resolve(ROOT, CORPUS_PATH), 'utf8');
const ev = evaluate(predict(readCorpus()));
const doc = renderReport(ev, raw);
const target = resolve(ROOT, DOC_PATH);

if (values.json) {
  const groups = SPLITS.flatMap((split) => (['en', 'zh', 'all'] as const).map((lang) => ({ split, lang, ...metrics(select(ev.preds, { split, lang })) })));
  console.log(JSON.stringify({ thresholds: THRESHOLDS, thresholdMeasure: THRESHOLD_MEASURE, passes: ev.passes, groups }, null, 2));
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
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

let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {}
if (values.check) {
  if (current !== doc) {
    console.error(`${DOC_PATH} is out of date: run npm run eval and commit it.`);
    process.exitCode = 1;
  } else if (!values.json) console.log(`${DOC_PATH} is up to date.`);
} else if (current !== doc) {
  writeFileSync(target, doc);
  if (!values.json) console.log(`Wrote ${DOC_PATH}.`);
} else if (!values.json) console.log(`${DOC_PATH} is up to date.`);
