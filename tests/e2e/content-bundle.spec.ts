// The content script runs in every page: its bundle stays small (the engine and zod stay out of it).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { outDir } from '../../scripts/lib/build';
import { expect, test } from './harness';

test('the content script bundle is at most 60 kB and holds neither the engine nor zod', async () => {
  const file = resolve(outDir(), 'chrome-mv3', 'content-scripts', 'content.js');
  const size = statSync(file).size;
  test.info().annotations.push({ type: 'measured', description: `content.js: ${size} bytes` });
  expect(size).toBeLessThanOrEqual(60_000);
  const { readFileSync } = await import('node:fs');
  const code = readFileSync(file, 'utf8');
  expect(code).not.toContain('unbaselined-percentage');
  expect(code).not.toContain('__zod_globalConfig');
});
