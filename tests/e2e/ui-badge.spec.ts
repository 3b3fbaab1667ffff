// The toolbar badge in a real Chromium: the grade on its band's colour, nothing on pages that
// are not product pages, cleared on navigation, updated when a single-page app changes page.
import { BADGE_TEXT, GRADE_COLOURS } from '../../entrypoints/background/badge';
import { expect, test } from './harness';
import { resetStorage } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

test('a low grade: the letter on its red or orange, and a title that sums the page up', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready' || !state.report.grade) throw new Error('no grade');
  const badge = await ext.badge(page);
  expect(['D', 'F']).toContain(badge.text);
  expect(badge.colour.slice(0, 3)).toEqual(rgb(GRADE_COLOURS[state.report.grade]));
  expect(badge.title).toBe(`Sceptic: ${state.report.counts.claims} claims, ${state.report.counts.unsupported} unsupported, grade ${state.report.grade}`);
  const text = await ext.loaded.sw.evaluate(async (id) => chrome.action.getBadgeTextColor({ tabId: id }), await ext.tabId(page));
  expect((text as unknown as number[]).slice(0, 3)).toEqual(rgb(BADGE_TEXT));
});

test('a high grade: the letter on green', async ({ page, ext }) => {
  await page.goto(ext.url('examples/evidence-based.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready' || !state.report.grade) throw new Error('no grade');
  const badge = await ext.badge(page);
  expect(['A', 'B']).toContain(badge.text);
  expect(badge.colour.slice(0, 3)).toEqual(rgb(GRADE_COLOURS[state.report.grade]));
  const [r, g] = badge.colour;
  expect(g).toBeGreaterThan(r ?? 255);
});

test('no grade: nothing on a page that is not a product page, and cleared on navigation', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  await page.goto(ext.url('examples/news-article.html'));
  const state = await ext.settled(page);
  expect(state.status === 'ready' && state.report.isProductPage).toBe(false);
  const badge = await ext.badge(page);
  expect(badge.text).toBe('');
  expect(badge.title).toBe('Sceptic: not a product page');
});
