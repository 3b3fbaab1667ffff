// Visitors' comments under a vendor's page are not the vendor's claims: a careful page with
// five hype comments in three kinds of comment section grades as the page without them, in the
// browser and on the command line.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scanHtml } from '../../cli/node-scan';
import { reportWhere } from './content-helpers';
import { expect, test } from './harness';

const COMMENTS = `
<section id="comments" class="comments-area">
  <h2>3 comments</h2>
  <ol class="comment-list">
    <li><p>This tool is 100% accurate, it never makes a mistake!</p></li>
    <li><p>Replaced our entire accounts team in a week. Guaranteed to pay for itself.</p></li>
  </ol>
</section>
<div itemscope itemtype="https://schema.org/Comment">
  <p>The world's first AI that doubles your revenue overnight.</p>
</div>
<ul>
  <li><a rel="ugc nofollow" href="https://example.test/u/kim">Kim</a> <p>10x faster than any human clerk, every single time.</p></li>
  <li><a rel="ugc" href="https://example.test/u/lee">Lee</a> <p>Saves 90% of our finance costs, no question.</p></li>
</ul>`;

test('comments under a careful page count for nothing: it grades as without them, and the command line agrees', async ({ page, ext }) => {
  const file = resolve(import.meta.dirname, '../fixtures/careful-vendor.html');
  const html = readFileSync(file, 'utf8');
  const commented = html.replace('</main>', `</main>${COMMENTS}`);
  await page.goto(ext.url('fixtures/careful-vendor.html'));
  const bare = await ext.settled(page);
  if (bare.status !== 'ready') throw new Error(bare.status);

  await page.route('**/careful-vendor.html?comments=1', (route) => route.fulfill({ contentType: 'text/html', body: commented }));
  await page.goto(ext.url('fixtures/careful-vendor.html?comments=1'));
  const withComments = await reportWhere(ext, page, (s) => s.url.endsWith('?comments=1'));
  const said = withComments.report.claims.map((c) => c.text).join('\n');
  for (const w of ['never makes a mistake', 'accounts team', 'doubles your revenue', '10x faster', '90%']) expect(said, w).not.toContain(w);
  expect(withComments.report.claims.map((c) => c.text).sort()).toEqual(bare.report.claims.map((c) => c.text).sort());
  expect(withComments.report.grade).toBe(bare.report.grade);
  expect(Math.abs((withComments.report.score ?? 0) - (bare.report.score ?? 0))).toBeLessThanOrEqual(2);
  expect(['A', 'B']).toContain(bare.report.grade);

  const cli = scanHtml(commented, 'http://127.0.0.1/fixtures/careful-vendor.html?comments=1').report;
  expect(cli.claims.map((c) => c.text).join('\n')).not.toContain('never makes a mistake');
  expect(cli.grade).toBe(bare.report.grade);
});
