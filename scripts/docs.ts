// `npm run docs`: write docs/rules.md and the tables of docs/scoring.md from the engine, and
// docs/export.schema.json from the export's schema.
//   npm run docs               write what changed
//   npm run docs -- --check    exit 1 when either file is out of date; write nothing
import { fileURLToPath } from 'node:url';
import { renderExportSchema, renderRules, renderScoring } from './docs/render';
import { syncGenerated } from './lib/generated';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
let stale = false;

for (const [path, render] of [
  ['docs/rules.md', () => renderRules()],
  ['docs/scoring.md', (current: string) => renderScoring(current)],
  ['docs/export.schema.json', () => renderExportSchema()],
] as const) {
  if (!syncGenerated(ROOT, path, render, { check, command: 'npm run docs' })) stale = true;
}
if (stale) process.exitCode = 1;
