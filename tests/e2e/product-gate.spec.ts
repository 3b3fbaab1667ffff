// The product gate in a real Chromium: news and blog pages with a newsletter sign-up, log-in
// links, "plan" and "price" in a headline, a membership fee or a paywall get no grade and no
// "–", and `sceptic scan` (the same reader and decision in Node) says the same of each.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scanHtml } from '../../cli/node-scan';
import { expect, test } from './harness';

const PAGES = ['news-newsletter.html', 'blog-plan-headline.html', 'news-paywall.html'];

for (const name of PAGES) {
  test(`${name}: not a product page, no badge, and the command line agrees`, async ({ page, ext }) => {
    await page.goto(ext.url(`fixtures/${name}`));
    const state = await ext.settled(page);
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.report.isProductPage).toBe(false);
    expect(state.report.grade).toBeNull();
    const badge = await ext.badge(page);
    expect(badge.text).toBe('');
    expect(badge.title).toBe('Sceptic: not a product page');

    const html = readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');
    const cli = scanHtml(html, `http://127.0.0.1/fixtures/${name}`).report;
    expect(cli.isProductPage).toBe(false);
    expect(cli.noGradeReason).toBe('not-product-page');
  });
}
