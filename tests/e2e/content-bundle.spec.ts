// The content script runs in every page: its bundle stays small (the engine and zod stay out of it).
// The budget was 60 kB until the reader learnt to ask the layout what a reader sees
// (content/visibility.ts) and to read the DOM through its prototypes (content/safe-dom.ts):
// about 1.6 kB for evidence that cannot be hidden and reads that cannot be clobbered; 62 kB until
// it learnt to read the words a reader sees however the markup dresses them (stylesheet content,
// SVG text, <pre> prose, copy that fades in), to leave visitors' comments out and to read and
// mark pages of many frames in slices: about 3.3 kB more; 66 kB until it read frames of other
// origins for the page's report (content/frame.ts): about 0.5 kB more.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { outDir } from '../../scripts/lib/build';
import { expect, test } from './harness';

test('the content script bundle is at most 70 kB and holds neither the engine nor zod', async () => {
  const file = resolve(outDir(), 'chrome-mv3', 'content-scripts', 'content.js');
  const size = statSync(file).size;
  test.info().annotations.push({ type: 'measured', description: `content.js: ${size} bytes` });
  expect(size).toBeLessThanOrEqual(70_000);
  const { readFileSync } = await import('node:fs');
  const code = readFileSync(file, 'utf8');
  expect(code).not.toContain('unbaselined-percentage');
  expect(code).not.toContain('__zod_globalConfig');
});
