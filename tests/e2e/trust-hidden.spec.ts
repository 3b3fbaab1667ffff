// Evidence the reader cannot see does not count: a page of unbacked claims with studies, audits,
// limits and a footnote hidden in eight ways, and in its metadata, grades as the same page with them removed; copy a
// reader sees counts however the markup dresses it, copy that fades in once it has.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportWhere } from './content-helpers';
import { expect, test } from './harness';

test('evidence hidden by style and layout counts for nothing: the page grades as without it (±2 points)', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/hidden-evidence.html'));
  const hidden = await ext.settled(page);
  if (hidden.status !== 'ready') throw new Error(hidden.status);
  // None of the hidden words reached the engine.
  const said = hidden.report.claims.flatMap((c) => [c.text, ...c.evidence.map((e) => e.text)]).join('\n');
  for (const w of ['Northgate', 'Hallam', '412', 'control group', 'handwritten', '71%']) expect(said, w).not.toContain(w);
  expect(hidden.report.signals.map((s) => s.id)).not.toContain('limitations');

  // The same page with the hidden parts taken out (the footnote marker, which a reader sees, stays).
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/hidden-evidence.html'), 'utf8')
    .replace(/<section>\s*<p>In a 2024[\s\S]*?<\/section>\s*<section>\s*<p>Reconciliation[\s\S]*?<\/section>/u, '')
    .replace(/<div>\s*<p class="tiny">[\s\S]*?<\/div>/u, '')
    .replace(/<footer>[\s\S]*?<\/footer>/u, '')
    // And its metadata, which carries evidence too.
    .replace(/<meta name="description"[^>]*>|<meta property="og:description"[^>]*>|<script type="application\/ld\+json">[\s\S]*?<\/script>/gu, '')
    // Its hiding rules go too: they pick sections out by their place, which the removal shifts.
    .replace(/<style>[\s\S]*?<\/style>/u, '');
  expect(html).not.toContain('Northgate');
  await page.route('**/hidden-evidence.html?bare=1', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(ext.url('fixtures/hidden-evidence.html?bare=1'));
  const bare = await reportWhere(ext, page, (s) => s.url.endsWith('?bare=1'));
  expect(Math.abs((hidden.report.score ?? 0) - (bare.report.score ?? 0))).toBeLessThanOrEqual(2);
  expect(hidden.report.grade).toBe(bare.report.grade);
  expect(['D', 'F']).toContain(hidden.report.grade);
});

test('copy a reader sees is read however the markup dresses it: the page grades as the same copy in plain paragraphs (±2 points)', async ({ page, ext }) => {
  // aria-hidden, class names with no stylesheet behind them, inert, <pre>, stylesheet content, SVG
  // text, an invisible separator and look-alike letters inside words, a closed shadow root.
  await page.goto(ext.url('fixtures/visible-hype.html'));
  const plain = await ext.settled(page);
  if (plain.status !== 'ready') throw new Error(plain.status);
  await page.goto(ext.url('fixtures/hidden-hype.html'));
  // The copy that fades in is read once it has.
  const dressed = await reportWhere(ext, page, (s) => s.url.endsWith('/hidden-hype.html') && s.report.claims.some((c) => c.text.startsWith('Closes 2x')));
  const said = dressed.report.claims.map((c) => c.text);
  expect(plain.report.claims.length).toBeGreaterThanOrEqual(14);
  for (const c of plain.report.claims) expect(said, c.text).toContain(c.text);
  expect(said).not.toContain('DealDesk is sales software.');
  expect(Math.abs((dressed.report.score ?? 0) - (plain.report.score ?? 0))).toBeLessThanOrEqual(2);
  expect(dressed.report.grade).toBe(plain.report.grade);
  expect(['D', 'F']).toContain(plain.report.grade);
  expect(plain.report.score).toBeGreaterThan(2);
  // The disguised spellings are told to the user; the plain page has none.
  expect(dressed.report.signals.find((s) => s.id === 'disguised')?.polarity).toBe('negative');
  expect(plain.report.signals.map((s) => s.id)).not.toContain('disguised');
});
