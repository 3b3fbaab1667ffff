// DOM clobbering: hidden form fields named after the DOM properties and methods a reader calls
// (localName, nodeType, firstChild, getAttribute…) cannot stop Sceptic's read, hide the copy
// inside the forms, or leave the badge on "…": the page is read as if the fields were not there.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportWhere } from './content-helpers';
import { expect, test } from './harness';

test('a page whose copy stands inside forms full of fields named after DOM properties is read and graded normally', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/hostile-clobber.html'));
  const state = await ext.settled(page);
  expect(state.status).toBe('ready');
  if (state.status !== 'ready') return;
  const texts = state.report.claims.map((c) => c.text).join('\n');
  expect(texts).toContain('guaranteed to double your revenue in 30 days');
  expect(texts).toContain('never makes a mistake');
  expect(texts).toContain('Cuts your support costs by 70%');
  expect(state.report.isProductPage).toBe(true);
  expect(['D', 'F']).toContain(state.report.grade);
  expect((await ext.badge(page)).text).toBe(state.report.grade);
  // The same copy without the fields gives the same claims and the same grade.
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/hostile-clobber.html'), 'utf8').replace(/^\s*<input type="hidden"[^>]*>\n/gm, '');
  expect(html).not.toContain('type="hidden"');
  await page.route('**/hostile-clobber.html?clean=1', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(ext.url('fixtures/hostile-clobber.html?clean=1'));
  const clean = await reportWhere(ext, page, (s) => s.url.endsWith('?clean=1'));
  expect(clean.report.claims.map((c) => [c.text, c.verdict])).toEqual(state.report.claims.map((c) => [c.text, c.verdict]));
  expect(clean.report.grade).toBe(state.report.grade);
});
