// Hostile pages cannot break Sceptic or be broken by it. Beyond tests/e2e/content-dynamic.spec.ts
// (overridden APIs, endless mutations, marks removed twice a second, navigation mid-read within a
// document): a 5 MB text node and a tree 5,000 deep; a page that replaces MutationObserver,
// CSS.highlights, Highlight, history.pushState and built-ins in its own world; a move to another
// document mid-read. In each, the page's own script keeps running, the badge is exactly what the
// tab's state says (a grade, or "?" with "could not read"), and the popup answers.
import type { Page } from '@playwright/test';
import { badgeFor } from '../../entrypoints/background/badge';
import { resolveLang } from '../../locales/index';
import type { TabState } from '../../utils/protocol';
import { cardBox, cardText, hoverText, reportWhere } from './content-helpers';
import { type Ext, expect, test } from './harness';
import { marksSeenByContentScript } from './trust-helpers';
import { claimItems, showAllClaims } from './ui-helpers';

/** The page's counter, read through the DOM (a page may have broken its own built-ins). */
async function ticks(page: Page): Promise<number> {
  return Number((await page.locator('#count').textContent()) ?? 0);
}

async function expectAlive(page: Page): Promise<void> {
  const a = await ticks(page);
  await page.waitForTimeout(400);
  expect(await ticks(page)).toBeGreaterThan(a);
}

/** The badge says what the state says: a grade on its colour, or an honest "?" when the page could not be read. */
async function expectHonestBadge(ext: Ext, page: Page, state: TabState): Promise<void> {
  expect(['ready', 'unreadable']).toContain(state.status);
  const want = badgeFor(state, resolveLang('en', 'en'));
  const got = await ext.badge(page);
  expect({ text: got.text, title: got.title }).toEqual({ text: want.text, title: want.title });
  if (state.status === 'unreadable') expect(got.title).toMatch(/could not read|cannot read/i);
}

/** The popup opens for the tab and shows its report (or says why there is none) within a few seconds. */
async function expectPopupAnswers(ext: Ext, page: Page, claims: number): Promise<void> {
  const started = Date.now();
  const popup = await ext.popup(page);
  try {
    if (claims) {
      await claimItems(popup).first().waitFor({ timeout: 5000 });
      await expect(await showAllClaims(popup)).toHaveCount(claims);
    } else await expect(popup.getByTestId('state')).toBeVisible({ timeout: 5000 });
    test.info().annotations.push({ type: 'measured', description: `popup answered in ${Date.now() - started} ms` });
  } finally {
    await popup.close();
  }
}

test('a 5 MB text node and a tree 5,000 deep: the page keeps running, the badge tells the truth, the popup answers', async ({ page, ext }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  await page.goto(ext.url('fixtures/hostile-huge.html'));
  const shape = await page.evaluate(() => {
    const w = window as Window & { sizes?: () => { text: number }; depth?: () => number };
    return { text: w.sizes?.().text, depth: w.depth?.() };
  });
  expect(shape).toEqual({ text: 5 * 1024 * 1024, depth: 5000 });
  const state = await ext.settled(page);
  test.info().annotations.push({ type: 'measured', description: `settled in ${Date.now() - started} ms (${state.status})` });
  await expectHonestBadge(ext, page, state);
  if (state.status === 'ready') {
    expect(state.report.isProductPage).toBe(true);
    expect(state.report.claims.some((c) => c.text.includes('10x faster'))).toBe(true);
    // Each block Sceptic handed over stayed within the protocol's limits, however big the page.
    for (const c of state.report.claims) expect(c.text.length).toBeLessThanOrEqual(20_000);
  }
  await expectAlive(page);
  await expectPopupAnswers(ext, page, state.status === 'ready' ? state.report.claims.length : 0);
  await expectAlive(page);
  expect(errors).toEqual([]);
});

test('a page that replaces MutationObserver, CSS.highlights, pushState and built-ins in its own world cannot reach Sceptic’s', async ({ page, ext }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(ext.url('fixtures/hostile-apis.html'));
  const first = await reportWhere(ext, page, (s) => s.report.isProductPage);
  expect(first.report.claims.some((c) => c.text.includes('doubles your sales'))).toBe(true);
  await expectHonestBadge(ext, page, first);
  // The page sees a fake, empty highlight registry; Sceptic's world sees its real marks.
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  await expect.poll(() => marksSeenByContentScript(page, ext.loaded.extensionId)).toContain('Saboteur AI doubles your sales in 30 days.');
  await expectAlive(page);

  // The page moves on through its own (overridden) pushState: Sceptic follows.
  await page.evaluate(() => (window as Window & { goNext?: () => void }).goNext?.());
  const next = await reportWhere(ext, page, (s) => s.url.endsWith('?page=pricing') && s.report.claims.some((c) => c.text.includes('finance team')));
  await expectHonestBadge(ext, page, next);
  await expect.poll(() => marksSeenByContentScript(page, ext.loaded.extensionId)).toContain('Saboteur AI replaces your entire finance team.');
  await expectPopupAnswers(ext, page, next.report.claims.length);
  await expectAlive(page);
  expect(errors).toEqual([]);
});

test('leaving for another document in the middle of a read: the new page’s report, never a late one from the old', async ({ page, ext }) => {
  test.setTimeout(90_000);
  await page.goto(ext.url('fixtures/big.html'));
  // As soon as Sceptic says it is reading, and long before it can finish, go elsewhere.
  await expect.poll(async () => (await ext.state(page)).status, { timeout: 15_000, intervals: [50] }).toBe('scanning');
  const tabId = await ext.tabId(page);
  await page.goto(ext.url('examples/weeklypilot.html'));
  const state = await reportWhere(ext, page, (s) => s.url.endsWith('/examples/weeklypilot.html') && s.report.isProductPage);
  await expectHonestBadge(ext, page, state);
  // Two seconds later it is still the new page's report: the old read left nothing behind.
  await page.waitForTimeout(2000);
  const later = await ext.state(page);
  expect(later.status === 'ready' && later.url.endsWith('/examples/weeklypilot.html') && later.at === state.at).toBe(true);
  expect(await ext.tabId(page)).toBe(tabId);
  await expectPopupAnswers(ext, page, state.report.claims.length);

  // And leaving for a page that is not a product page clears the grade.
  await page.goto(ext.url('fixtures/big.html'));
  await expect.poll(async () => (await ext.state(page)).status, { timeout: 15_000, intervals: [50] }).toBe('scanning');
  await page.goto(ext.url('examples/news-article.html'));
  const news = await reportWhere(ext, page, (s) => s.url.endsWith('/examples/news-article.html'));
  expect(news.report.isProductPage).toBe(false);
  await page.waitForTimeout(1500);
  await expectHonestBadge(ext, page, await ext.state(page));
  expect((await ext.badge(page)).text).toBe('');
});

test('a page that defines every custom element a card might be, hooks attachShadow and hides what stands under <html> cannot forge or hide Sceptic’s card', async ({
  page,
  ext,
}) => {
  await page.goto(ext.url('fixtures/hostile-card.html'));
  const state = await reportWhere(ext, page, (s) => s.report.isProductPage);
  const claim = state.report.claims.find((c) => c.text.includes('saves 90% of your reporting time'));
  expect(claim?.verdict).toBe('unsupported');
  await hoverText(page, 'saves 90% of your reporting time');
  await expect.poll(() => cardBox(page)).not.toBeNull();
  const box = await cardBox(page);
  expect((box?.width ?? 0) * (box?.height ?? 0)).toBeGreaterThan(1000);
  const text = await cardText(page);
  expect(text).toContain('Unsupported');
  expect(text).not.toContain('independently verified');
  // None of the page's hooks ran on Sceptic's card: no constructor, no internals, no attachShadow of the page's world.
  expect(await page.evaluate(() => (window as Window & { __seen?: unknown }).__seen)).toEqual({ constructed: 0, internalsRoot: 0, attachShadow: 0 });
  // And the page cannot reach into the card.
  expect(await page.evaluate(() => (document.querySelector(':root > div') as HTMLElement | null)?.shadowRoot ?? null)).toBeNull();
});

test('a page whose elements around a claim all host shadow roots of their own still gets Sceptic’s card, and keeps its roots', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/body-shadow.html'));
  const state = await reportWhere(ext, page, (s) => s.report.isProductPage);
  expect(state.report.claims.some((c) => c.text.includes('saves 90% of your reporting time'))).toBe(true);
  await hoverText(page, 'saves 90% of your reporting time');
  await expect.poll(() => cardBox(page)).not.toBeNull();
  expect(await cardText(page)).toContain('Ask the vendor:');
  expect(await page.evaluate(() => document.body.shadowRoot?.querySelector('header')?.textContent)).toBe('ShadowBody');
  expect(await page.evaluate(() => document.querySelector('.subheading')?.shadowRoot?.querySelector('slot') !== null)).toBe(true);
  // The card's host stands under <html> here: no element of the page could take Sceptic's root.
  expect(await page.evaluate(() => document.querySelectorAll(':root > div').length)).toBe(1);
});
