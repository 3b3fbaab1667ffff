// The bundled examples, graded by the extension in a real Chromium.
import { expect, test } from './harness';
import { openAllClaims } from './ui-helpers';

test('the slide-deck page gets a low grade on a red-to-orange badge', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  expect(state.status).toBe('ready');
  const badge = await ext.badge(page);
  expect(['D', 'F']).toContain(badge.text);
  expect(badge.title).toMatch(/^Sceptic: \d+ claims, \d+ unsupported, grade [DF]$/);
  const [r, g] = badge.colour;
  expect(r).toBeGreaterThan(150);
  expect(g).toBeLessThan(100);
});

test('the well-substantiated page gets a high grade', async ({ page, ext }) => {
  await page.goto(ext.url('examples/evidence-based.html'));
  await ext.settled(page);
  expect(['A', 'B']).toContain((await ext.badge(page)).text);
});

test('the news article gets no grade', async ({ page, ext }) => {
  await page.goto(ext.url('examples/news-article.html'));
  const state = await ext.settled(page);
  expect(state.status).toBe('ready');
  if (state.status === 'ready') expect(state.report.grade).toBeNull();
  expect((await ext.badge(page)).text).toBe('');
});

test('the Chinese page is graded', async ({ page, ext }) => {
  await page.goto(ext.url('examples/zhoubao-zh.html'));
  const state = await ext.settled(page);
  expect(state.status === 'ready' && state.report.lang).toBe('zh');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
});

test('the popup for a tab lists its claims with notes and questions', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  const popup = await ext.popup(page);
  await expect(popup.getByTestId('grade')).toHaveText(state.status === 'ready' ? (state.report.grade ?? '–') : '?');
  const claims = await openAllClaims(popup);
  await expect(claims.first()).toBeVisible();
  expect(await claims.count()).toBe(state.status === 'ready' ? state.report.claims.length : -1);
  await expect(popup.getByText('Saves 80% of your PPT work.', { exact: false }).first()).toBeVisible();
  // The headline claim is said again in the title and a stat tile: counted once, its other places named.
  await expect(popup.getByText(/also in the page title/).first()).toBeVisible();
  await expect(popup.locator('.flag__question').first()).toContainText('?');
  await popup.close();
});

test('claims are marked on the page without changing its DOM', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  const marks = await ext.highlights(page);
  expect(marks['sceptic-unsupported']?.some((t) => t.includes('80%'))).toBe(true);
  expect(await page.locator('mark, [data-sceptic]').count()).toBe(0);
});
