// `npm run docs`: write docs/rules.md and the tables of docs/scoring.md from the engine.
//   npm run docs               write what changed
//   npm run docs -- --check    exit 1 when either file is out of date; write nothing
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRules, renderScoring } from './docs/render';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
let stale = false;

for (const [path, render] of [
  ['docs/rules.md', () => renderRules()],
  ['docs/scoring.md', (current: string) => renderScoring(current)],
] as const) {
  const target = resolve(ROOT, path);
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  const next = render(current);
  if (next === current) {
    console.log(`${path} is up to date.`);
  } else if (check) {
    console.error(`${path} is out of date: run npm run docs and commit it.`);
    stale = true;
  } else {
    writeFileSync(target, next);
    console.log(`Wrote ${path}.`);
  }
}
if (stale) process.exitCode = 1;
