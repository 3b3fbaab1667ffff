// The report page, opened from the popup: every claim, the signals, the score step by step,
// the rules' sources; exports, print, and a saved report that outlives the tab.
import { escapeMarkdown } from '../../utils/export';
import { unquote } from '../../utils/present';
import { expect, test } from './harness';
import { claimItems, downloadOf, extensionPage, resetStorage, setSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

test('opens from the popup with every claim, the signals, the score breakdown and the sources', async ({ page, ext }) => {
  await page.goto(ext.url('examples/weeklypilot.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const r = state.report;
  const popup = await ext.popup(page);
  const [report] = await Promise.all([ext.loaded.context.waitForEvent('page'), popup.getByRole('button', { name: 'Full report' }).click()]);
  await report.waitForLoadState();
  await expect(report).toHaveURL(/\/report\.html\?tab=\d+$/);
  await expect(report).toHaveTitle(`Sceptic report: ${state.title}`);
  await expect(claimItems(report)).toHaveCount(r.claims.length);
  await expect(report.getByTestId('grade')).toHaveAccessibleName(`Grade ${r.grade}`);
  // Each claim says how its score came about.
  await expect(report.locator('.claim__math')).toHaveCount(r.claims.length);
  await expect(report.locator('.claim__math').first()).toHaveText(/^Score \d+, counted ×[\d.]+ in the page average$/);
  // Page signals, one row each.
  await expect(report.getByTestId('signals').locator('tbody tr')).toHaveCount(r.signals.length);
  // The steps from claims to grade, ending with the engine's own numbers.
  const steps = report.getByTestId('score-steps').locator('tbody tr');
  await expect(steps.nth(0)).toContainText(String(r.breakdown.claimMean));
  await expect(steps.nth(1)).toContainText(`+${r.breakdown.bonus}`);
  await expect(steps.nth(2)).toContainText(`−${r.breakdown.penalty}`);
  await expect(steps.nth(3)).toContainText(String(r.breakdown.final));
  await expect(steps.nth(4)).toContainText(String(r.grade));
  await expect(report.getByTestId('score-claims').locator('tbody tr')).toHaveCount(r.claims.length);
  // Every rule that flagged something, with its source.
  const rules = new Map(r.claims.flatMap((c) => c.flags.map((f) => [f.rule, f] as const)));
  await expect(report.getByTestId('rules').locator('li')).toHaveCount(rules.size);
  // Two rules may cite the same source: each rule's item carries its own link.
  for (const f of rules.values()) await expect(report.getByTestId('rules').locator(`li[data-rule="${f.rule}"] a[href="${f.source.url}"]`)).toHaveCount(1);
  await report.close();
  await popup.close();
});

test('exports Markdown and JSON, and prints without its buttons', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const report = await extensionPage(ext, `report.html?tab=${await ext.tabId(page)}`);
  await claimItems(report).first().waitFor();
  const md = await downloadOf(report, report.getByTestId('export-markdown'));
  expect(md.text).toMatch(/^# Sceptic report: SlideCraft AI/);
  expect(md.text).toContain('- Page: [');
  expect(md.text).toContain(`(${state.url})`);
  expect(md.text).toContain(`**${state.report.grade}**`);
  expect(md.text).toContain('## How the score was computed');
  expect(md.text).toContain('## Rules and their sources');
  for (const c of state.report.claims.slice(0, 5)) expect(md.text).toContain(`> ${escapeMarkdown(unquote(c.text))}`);
  const json = JSON.parse((await downloadOf(report, report.getByTestId('export-json'))).text) as { report: { score: number } };
  expect(json.report.score).toBe(state.report.score);

  await report.emulateMedia({ media: 'print' });
  await expect(report.getByTestId('export-markdown')).toBeHidden();
  await expect(claimItems(report).first()).toBeVisible();
  await report.close();
});

test('a saved report outlives the tab it came from', async ({ page, ext }) => {
  await page.goto(ext.url('examples/evidence-based.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const tabId = await ext.tabId(page);
  const report = await extensionPage(ext, `report.html?tab=${tabId}`);
  await report.getByTestId('save-report').click();
  await expect(report.getByTestId('save-report')).toHaveText('Saved');
  await page.close();
  await report.reload();
  await expect(report.getByText('This report is not available any more.')).toBeVisible();
  const id = await ext.loaded.sw.evaluate(async () => ((await chrome.storage.local.get('reports')).reports as { items: Array<{ id: string }> }).items[0]?.id);
  await report.goto(`chrome-extension://${ext.loaded.extensionId}/report.html?id=${id}`);
  await expect(claimItems(report)).toHaveCount(state.report.claims.length);
  await expect(report.getByTestId('save-report')).toBeDisabled();
  await report.close();
});

test('is written in Chinese for the Chinese interface', async ({ page, ext }) => {
  await setSettings(ext, { language: 'zh' });
  await page.goto(ext.url('examples/zhoubao-zh.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const report = await extensionPage(ext, `report.html?tab=${await ext.tabId(page)}`);
  await expect(report.getByRole('heading', { name: '得分是怎么算出来的' })).toBeVisible();
  await expect(report.getByRole('heading', { name: '声明', exact: true })).toBeVisible();
  await expect(report.getByTestId('export-markdown')).toHaveText('导出 Markdown');
  const md = await downloadOf(report, report.getByTestId('export-markdown'));
  expect(md.text).toMatch(/^# Sceptic 报告：/);
  expect(md.text).toContain('智报AI');
  await report.close();
});

test('a claim in the report brings its page forward and shows it there', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  const report = await extensionPage(ext, `report.html?tab=${await ext.tabId(page)}`);
  const first = claimItems(report).first();
  await first.locator('button.claim__quote').click();
  await expect(report.getByTestId('status')).toHaveText('Shown on the page');
  await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
  await report.close();
});
