// Grades that tell pages apart, in a real Chromium: a careful vendor's page gets A or B with
// its caveats shown as good points, a mostly factual page is never failed, a claim said in the
// title, the meta description, the hero and a stat tile is counted once, and bare hype gets D
// or F. On every static example and fixture, `sceptic scan` (the same reader and engine in
// Node) gives the same grade as the extension, and on product pages the same claims.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { scanHtml } from '../../cli/node-scan';
import type { PageReport } from '../../heuristics/types';
import { type Ext, expect, test } from './harness';

async function reportOf(ext: Ext, page: Page, path: string): Promise<PageReport> {
  await page.goto(ext.url(path));
  const state = await ext.settled(page);
  expect(state.status).toBe('ready');
  if (state.status !== 'ready') throw new Error(`${path}: ${state.status}`);
  return state.report;
}

function cliReport(path: string): PageReport {
  const file = path.startsWith('fixtures/') ? resolve(import.meta.dirname, '..', path) : resolve(import.meta.dirname, '../..', path);
  return scanHtml(readFileSync(file, 'utf8'), `http://127.0.0.1/${path}`).report;
}

test('a careful vendor gets A or B, and its caveats are good points, not claims', async ({ page, ext }) => {
  const report = await reportOf(ext, page, 'fixtures/careful-vendor.html');
  expect(['A', 'B']).toContain(report.grade);
  expect(report.claims.some((c) => /not more accurate than careful people/.test(c.text))).toBe(false);
  expect(report.claims.some((c) => /handwritten/i.test(c.text))).toBe(false);
  expect(report.claims.filter((c) => c.verdict === 'unsupported')).toEqual([]);
  expect(report.signals.some((s) => s.id === 'limitations' && s.polarity === 'positive')).toBe(true);
  const popup = await ext.popup(page);
  const limits = popup.getByTestId('checklist').locator('[data-check-id="limitations"]');
  await expect(limits).toHaveAttribute('data-ok', 'true');
  await expect(limits).toContainText('Limitations stated');
  await expect(popup.getByTestId('grade')).toHaveText(report.grade ?? '–');
  await popup.close();
});

test('a mostly factual vendor page is never failed', async ({ page, ext }) => {
  const report = await reportOf(ext, page, 'fixtures/vendor-factual.html');
  expect(report.isProductPage).toBe(true);
  expect(report.grade).not.toBe('F');
  expect(report.grade).not.toBe('D');
  const badge = await ext.badge(page);
  expect(badge.text).not.toBe('F');
});

test('the same claim in the title, meta description, hero and a stat tile is counted once', async ({ page, ext }) => {
  const report = await reportOf(ext, page, 'fixtures/repeated-claim.html');
  const headline = report.claims.filter((c) => /3x more meetings/i.test(c.text) || c.also?.some((a) => /3x more meetings/i.test(a.text)));
  expect(headline).toHaveLength(1);
  const places = new Set([headline[0]?.role, ...(headline[0]?.also ?? []).map((a) => a.role)]);
  for (const role of ['title', 'meta', 'hero', 'feature']) expect(places.has(role as never), role).toBe(true);
  // The testimonial's three sentences are one claim.
  expect(report.claims.filter((c) => c.role === 'testimonial')).toHaveLength(1);
  expect(['D', 'F']).toContain(report.grade);
});

test('bare hype gets D or F', async ({ page, ext }) => {
  const report = await reportOf(ext, page, 'fixtures/bare-hype.html');
  expect(['D', 'F']).toContain(report.grade);
  expect(report.claims.some((c) => /\$10k a month/i.test(c.text) && c.verdict === 'unsupported')).toBe(true);
  expect((await ext.badge(page)).text).toMatch(/^[DF]$/);
});

/** Pages that need no script to show their copy: the command line reads them as the extension does. */
const STATIC = [
  'examples/brokerage-research.html',
  'examples/evidence-based.html',
  'examples/news-article.html',
  'examples/slidecraft.html',
  'examples/weeklypilot.html',
  'examples/zhoubao-zh.html',
  'fixtures/careful-vendor.html',
  'fixtures/vendor-factual.html',
  'fixtures/repeated-claim.html',
  'fixtures/bare-hype.html',
  'fixtures/news-newsletter.html',
  'fixtures/blog-plan-headline.html',
  'fixtures/news-paywall.html',
  'fixtures/news.html',
  'fixtures/docs.html',
  'fixtures/footnotes.html',
  'fixtures/zh.html',
  'fixtures/rtl.html',
  'fixtures/split-numbers.html',
];

for (const path of STATIC) {
  test(`${path}: the command line gives the extension's grade and claims`, async ({ page, ext }) => {
    const inBrowser = await reportOf(ext, page, path);
    const cli = cliReport(path);
    expect(cli.grade).toBe(inBrowser.grade);
    expect(cli.score).toBe(inBrowser.score);
    expect(cli.noGradeReason).toBe(inBrowser.noGradeReason);
    expect(cli.isProductPage).toBe(inBrowser.isProductPage);
    // A page that is not a product page is not read in full by the extension (its first look decides), so it has no claims to compare.
    if (!inBrowser.isProductPage) return;
    const said = (r: PageReport) => r.claims.map((c) => `${c.verdict} ${c.text}`).sort();
    expect(said(cli)).toEqual(said(inBrowser));
  });
}
