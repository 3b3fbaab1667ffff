// Pages that change: rendered late by script, growing as the reader scrolls, navigating
// without reloading, and a page that fights every API an extension uses.
import { claimTexts, claimWith, markedTexts, reportWhere, tell } from './content-helpers';
import { expect, test } from './harness';

test('a page rendered late by script is read once its copy arrives, and its own clock keeps ticking', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/late-render.html'));
  const r = await reportWhere(ext, page, (s) => s.report.grade !== null);
  expect(claimTexts(r.report)).toEqual(expect.arrayContaining(['Cut onboarding time by 60% with Plinthwise AI.', 'Replaces your entire onboarding team.']));
  expect(r.title).toBe('Plinthwise AI: onboarding that runs itself');
  // The study linked right under the headline is handed over with it.
  expect(claimWith(r.report, 'Cut onboarding time by 60%').evidence.some((e) => e.where === 'link' && e.text === 'Read the onboarding study (PDF)')).toBe(true);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  expect(await markedTexts(page)).toContain('Cut onboarding time by 60% with Plinthwise AI.');
  const ticks = await page.evaluate(() => (window as Window & { ticks?: number }).ticks ?? 0);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as Window & { ticks?: number }).ticks ?? 0)).toBeGreaterThan(ticks);
});

test('infinite scroll: claims that arrive as the reader scrolls are read and marked', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/infinite-scroll.html'));
  const first = await reportWhere(ext, page, () => true);
  expect(claimTexts(first.report)).toEqual(expect.arrayContaining(['Close your books 5x faster every month.', 'Trusted by 12,000 finance teams worldwide.']));
  expect(claimTexts(first.report).some((t) => t.includes('grew revenue 3x'))).toBe(false);
  const idBefore = claimWith(first.report, 'Close your books').id;

  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(400);
  }
  await expect.poll(() => page.evaluate(() => (window as Window & { loadedPages?: number }).loadedPages)).toBe(3);
  const later = await reportWhere(ext, page, (s) => claimTexts(s.report).some((t) => t.includes('invoice processing time by 45%')));
  expect(claimTexts(later.report)).toEqual(
    expect.arrayContaining(['Agencies using Tallyfox grew revenue 3x in a year.', 'Tallyfox cut our invoice processing time by 45%.']),
  );
  expect(claimWith(later.report, 'invoice processing time by 45%').evidence.some((e) => e.where === 'link' && e.text === 'Read the case study (PDF)')).toBe(
    true,
  );
  // Blocks that did not change keep their ids: "show on page" from an open popup still finds them.
  expect(claimWith(later.report, 'Close your books').id).toBe(idBefore);
  await expect.poll(() => markedTexts(page)).toContain('Agencies using Tallyfox grew revenue 3x in a year.');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
});

test('single-page-app navigation gives each page a fresh report and badge', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/spa.html'));
  const home = await reportWhere(ext, page, (s) => s.report.grade !== null);
  claimWith(home.report, 'Generate a full marketing plan in 30 seconds.');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);

  await page.getByRole('link', { name: 'Docs' }).click();
  await expect(page).toHaveURL(/\/fixtures\/spa\/docs$/);
  const docs = await reportWhere(ext, page, (s) => s.url.endsWith('/spa/docs'));
  expect(docs.report.grade).toBeNull();
  expect(docs.report.isProductPage).toBe(false);
  expect((await ext.badge(page)).text).toBe('');
  expect(await markedTexts(page)).toEqual([]);

  await page.getByRole('link', { name: 'Pricing' }).click();
  const pricing = await reportWhere(ext, page, (s) => s.url.endsWith('/spa/pricing') && s.report.isProductPage);
  claimWith(pricing.report, 'Trusted by 8,000 marketing teams.');
  expect(claimTexts(pricing.report).some((t) => t.includes('marketing plan'))).toBe(false);

  // Back (popstate) to the first page.
  await page.goBack();
  await page.goBack();
  const back = await reportWhere(ext, page, (s) => s.url.endsWith('/fixtures/spa.html') && s.report.grade !== null);
  claimWith(back.report, 'Generate a full marketing plan in 30 seconds.');
  await expect.poll(() => markedTexts(page)).toContain('Generate a full marketing plan in 30 seconds.');
});

test('a hostile page: overridden APIs, endless mutations, a huge text node, a deep tree and marks removed twice a second', async ({ page, ext }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(ext.url('fixtures/hostile.html'));
  const state = await reportWhere(ext, page, (s) => s.report.isProductPage);
  claimWith(state.report, 'Our AI never makes mistakes.');
  claimWith(state.report, 'answers every ticket in 2 seconds');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  // The page's own scripts keep running.
  const n = await page.evaluate(() => (window as Window & { alive?: () => number }).alive?.() ?? 0);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => (window as Window & { alive?: () => number }).alive?.() ?? 0)).toBeGreaterThan(n);
  // The page removes Sceptic's marks twice a second; once it stops, Sceptic puts them back.
  await expect.poll(() => page.evaluate(() => (window as Window & { clearings?: number }).clearings ?? 0)).toBeGreaterThan(2);
  await page.evaluate(() => (window as Window & { stopClearing?: () => void }).stopClearing?.());
  await expect.poll(() => markedTexts(page), { timeout: 8000 }).toContain('Our AI never makes mistakes.');
  // Its messages still work.
  expect(await tell(ext, page, { type: 'ui/get-marks' })).toMatchObject({ on: true, supported: true });
  // Nothing Sceptic did threw into the page.
  expect(errors).toEqual([]);
  // A page that changes forever is not read forever: a handful of reports in six seconds.
  const seen = new Set<number>();
  for (let i = 0; i < 30; i++) {
    const st = await ext.state(page);
    if (st.status === 'ready') seen.add(st.at);
    await page.waitForTimeout(200);
  }
  expect(seen.size).toBeLessThanOrEqual(5);
});

test('navigating while a large page is being read drops that read and reports the new address', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/big.html'));
  // At once, before the first read can finish: a single-page-app style navigation.
  await page.evaluate(() => history.pushState({}, '', '/fixtures/big.html?view=list'));
  const r = await reportWhere(ext, page, (s) => s.url.endsWith('?view=list') && s.report.isProductPage, 60_000);
  claimWith(r.report, 'Build decks 10x faster with Slidewright.');
  await page.waitForTimeout(1500);
  const after = await ext.state(page);
  // No stale report of the old address arrives after the new one.
  expect(after.status === 'ready' && after.url.endsWith('?view=list')).toBe(true);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
});
