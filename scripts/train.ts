// `npm run train`: fit the claim gate (heuristics/gate) on the train split of the
// real-copy corpus and the project's own written corpus, and write its weights to
// heuristics/gate/weights.json. Deterministic: the same data gives the same file.
//   npm run train             write the weights
//   npm run train -- --check  exit 1 when the shipped weights differ from a fresh training
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './eval/corpus';
import { GATE_FILE, trainGate } from './train/gate';

const target = resolve(ROOT, GATE_FILE);
const body = `${JSON.stringify(trainGate())}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== body) {
    console.error(`${GATE_FILE} differs from a fresh training: run npm run train and commit it.`);
    process.exitCode = 1;
  } else console.log(`${GATE_FILE} matches a fresh training.`);
} else {
  writeFileSync(target, body);
  const model = JSON.parse(body) as { weights: object };
  console.log(`Wrote ${GATE_FILE}: ${Object.keys(model.weights).length} features, ${(body.length / 1024).toFixed(0)} kB.`);
}
