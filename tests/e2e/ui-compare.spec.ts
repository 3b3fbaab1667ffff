// The comparison of three example pages, added from the popup; its CSV and Markdown exports;
// what changed on a page saved before; the same page in Chinese.
import type { Page } from '@playwright/test';
import type { PageReport } from '../../heuristics/types';
import { type Ext, expect, test } from './harness';
import { downloadOf, extensionPage, resetStorage, setSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

/** Open a page, let Sceptic read it, and add it to the comparison from the popup. */
async function addFromPopup(ext: Ext, page: Page, path: string): Promise<{ url: string; report: PageReport }> {
  await page.goto(ext.url(path));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(`${path}: ${state.status}`);
  const popup = await ext.popup(page);
  await popup.getByTestId('add-to-comparison').click();
  await expect(popup.getByTestId('status')).toHaveText(/^(Added to the comparison|Updated this page)/);
  await popup.close();
  return { url: state.url, report: state.report };
}

const EXAMPLES = ['examples/slidecraft.html', 'examples/weeklypilot.html', 'examples/evidence-based.html'];

test('puts three example pages side by side and exports them as CSV and Markdown', async ({ page, ext }) => {
  const pages = [];
  for (const p of EXAMPLES) pages.push(await addFromPopup(ext, page, p));
  const compare = await extensionPage(ext, 'compare.html', { width: 1280 });
  await expect(compare.getByTestId('compared-page')).toHaveCount(3);
  await expect(compare.getByTestId('compare-grade')).toHaveText(pages.map((p) => p.report.grade ?? 'No grade'));
  const rows = compare.getByTestId('comparison').locator('tbody tr');
  await expect(rows.filter({ has: compare.locator('th', { hasText: /^Unsupported$/ }) }).locator('td')).toHaveText(
    pages.map((p) => String(p.report.counts.unsupported)),
  );
  await expect(rows.filter({ has: compare.locator('th', { hasText: /^Pricing shown$/ }) }).locator('td')).toHaveCount(3);
  await expect(compare.getByTestId('compare-changes')).toHaveText(['First save', 'First save', 'First save']);

  const csv = await downloadOf(compare, compare.getByTestId('export-csv'));
  expect(csv.name).toMatch(/^sceptic-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.trim().split('\r\n');
  expect(lines).toHaveLength(4);
  const header = lines[0]?.split(',') ?? [];
  const col = (name: string) => header.indexOf(name);
  for (const [i, p] of pages.entries()) {
    const cells = lines[i + 1]?.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '')) ?? [];
    expect(cells[col('Address')]).toBe(p.url);
    expect(cells[col('Grade')]).toBe(p.report.grade ?? '');
    expect(Number(cells[col('Claims')])).toBe(p.report.counts.claims);
    expect(Number(cells[col('Unsupported')])).toBe(p.report.counts.unsupported);
  }

  const md = await downloadOf(compare, compare.getByTestId('export-markdown'));
  const table = md.text.split('\n').filter((l) => l.startsWith('|'));
  expect(table[0]?.split(' | ')).toHaveLength(4);
  for (const p of pages) expect(table[0]).toContain(`(${p.url})`);
  expect(table.find((l) => l.startsWith('| Grade |'))).toBe(`| Grade | ${pages.map((p) => `**${p.report.grade}**`).join(' | ')} |`);

  // Remove one; two remain side by side.
  await compare
    .getByRole('button', { name: /^Remove .* from the comparison$/ })
    .first()
    .click();
  await expect(compare.getByTestId('compared-page')).toHaveCount(2);
  await compare.close();
});

test('shows what changed on a page since it was last saved', async ({ page, ext }) => {
  const url = ext.url('changing-product.html');
  const body = (pct: number, extra: string) => `<!doctype html><html lang="en"><head><title>Deckly</title></head><body><main>
    <h1>Deckly saves ${pct}% of your slide work.</h1>
    <p>The world's first AI deck designer.</p><p>Trusted by 5,000 teams.</p>${extra}
    <h2>Pricing</h2><p>$9 per month</p><a href="#">Start free trial</a><a href="#">Sign up</a></main></body></html>`;
  let version = 1;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: version === 1 ? body(80, '') : body(90, '<p>Zero errors, guaranteed.</p>') }),
  );
  await addFromPopup(ext, page, 'changing-product.html');
  version = 2;
  await page.reload();
  const second = await addFromPopup(ext, page, 'changing-product.html');
  const compare = await extensionPage(ext, 'compare.html');
  // The newer save replaced the older one in the comparison; the older one stays in the library.
  await expect(compare.getByTestId('compared-page')).toHaveCount(1);
  await expect(compare.getByTestId('library').locator('tbody tr')).toHaveCount(2);
  await expect(compare.getByTestId('compare-changes')).toHaveText(/^Since .*: .*1 claim added, 1 number changed$/);
  const changes = compare.getByTestId('changes');
  await expect(changes.locator('.change--added')).toContainText('Zero errors, guaranteed.');
  await expect(changes.locator('.change--numbers')).toContainText('Deckly saves 80% of your slide work.');
  await expect(changes.locator('.change--numbers')).toContainText('Deckly saves 90% of your slide work.');
  await expect(compare.getByText('Add at least one more page to compare.')).toBeVisible();
  expect(second.report.claims.some((c) => c.text.includes('90%'))).toBe(true);
  await compare.close();
});

test('speaks Chinese, and its CSV carries Chinese headers', async ({ page, ext }) => {
  await setSettings(ext, { language: 'zh' });
  for (const p of ['examples/zhoubao-zh.html', 'examples/evidence-based.html']) {
    await page.goto(ext.url(p));
    await ext.settled(page);
    const popup = await ext.popup(page);
    await popup.getByTestId('add-to-comparison').click();
    await expect(popup.getByTestId('status')).toHaveText(/^已加入对比/);
    await popup.close();
  }
  const compare = await extensionPage(ext, 'compare.html');
  await expect(compare.getByRole('heading', { level: 1 })).toHaveText('对比');
  await expect(compare.getByTestId('compare-changes')).toHaveText(['首次保存', '首次保存']);
  const csv = await downloadOf(compare, compare.getByTestId('export-csv'));
  expect(csv.text.split('\r\n')[0]).toMatch(/^页面,网址,保存时间,评级,得分,声明,无依据,依据不足,有依据,/);
  await compare.close();
});
