// The popup's first screen, at the browser's popup height (600 px): the grade and why, the
// checklist, at least three whole claim rows, every action within ten Tab presses, j and k.
import type { Page } from '@playwright/test';
import type { PageReport } from '../../heuristics/types';
import { expect, test } from './harness';
import { claimItems, resetStorage } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

/** The example with the most claims: the one whose first screen has the most to leave out. */
const LONGEST = 'examples/slidecraft.html';

/** Elements wholly inside the window and inside every scrolling box around them. */
async function wholeOnScreen(popup: Page, selector: string): Promise<number> {
  return popup.locator(selector).evaluateAll((els) => {
    const inside = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.height === 0 || r.top < 0 || r.bottom > window.innerHeight) return false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (!/auto|scroll|hidden/.test(s.overflowY)) continue;
        const b = p.getBoundingClientRect();
        if (r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5) return false;
      }
      return true;
    };
    return els.filter(inside).length;
  });
}

test('the first screen of the longest example shows the grade, why, the checklist and three whole claim rows', async ({ page, ext }) => {
  await page.goto(ext.url(LONGEST));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const report: PageReport = state.report;
  expect(report.claims.length).toBeGreaterThan(20);
  const popup = await ext.popup(page);
  expect(popup.viewportSize()).toEqual({ width: 420, height: 600 });
  await claimItems(popup).first().waitFor();

  await expect(popup.getByTestId('grade')).toHaveText(report.grade ?? '–');
  expect(await wholeOnScreen(popup, '[data-testid=grade]')).toBe(1);
  // The sentence names something of this page: one of its claims or its own words.
  const why = popup.getByTestId('explanation');
  await expect(why).toHaveText(/^Pulled down most by .+/);
  const sentence = (await why.textContent()) ?? '';
  const quotes = [...sentence.matchAll(/“([^”]+?)(?:…)?”/g)].map((m) => m[1] ?? '');
  expect(quotes.length).toBeGreaterThan(0);
  const pageText = [...report.claims.map((c) => c.text), ...report.signals.map((s) => s.text ?? '')].join('\n').replace(/\s+/g, ' ');
  for (const q of quotes) expect(pageText).toContain(q.trim());
  expect(await wholeOnScreen(popup, '[data-testid=explanation]')).toBe(1);

  // The checklist: the seven points, each ticked or crossed; the page's prices ticked.
  const checks = popup.getByTestId('checklist').locator('[data-check-id]');
  const ids = await checks.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-check-id')}:${e.getAttribute('data-ok')}`));
  expect(ids.slice(0, 7).map((s) => s.split(':')[0])).toEqual(['headline', 'evidence', 'limitations', 'pricing', 'privacy', 'model', 'review']);
  expect(ids).toContain('pricing:true');
  expect(ids).toContain('headline:false');
  expect(await wholeOnScreen(popup, '[data-testid=checklist]')).toBe(1);

  // At least three whole claim rows, each with its quote, its verdict and its one flag.
  expect(await wholeOnScreen(popup, '[data-testid=claims] li[data-claim-id]')).toBeGreaterThanOrEqual(3);
  const row = claimItems(popup).first();
  await expect(row.locator('.pill')).toHaveText('Unsupported');
  await expect(row.locator('.row__quote')).toHaveText(/^“.+”$/);
  await expect(row.locator('.row__flag')).not.toBeEmpty();
  await expect(popup.getByTestId('show-all')).toHaveText(`Show all ${report.claims.length} claims`);
  await expect(popup.getByTestId('copy-questions')).toBeVisible();
  expect(await wholeOnScreen(popup, '[data-testid=copy-questions], [data-testid=site-off], [data-testid=export-json]')).toBe(3);
  await popup.close();
});

test('every action of the first screen is at most ten Tab presses away; arrows move within the rows, the checklist and the toolbar', async ({ page, ext }) => {
  await page.goto(ext.url(LONGEST));
  await ext.settled(page);
  const popup = await ext.popup(page);
  await claimItems(popup).first().waitFor();
  const label = () =>
    popup.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return el.dataset.testid ?? (el.hasAttribute('data-row') ? 'row' : el.hasAttribute('data-check') ? 'check' : (el.textContent ?? '').trim());
    });
  const stops: string[] = [];
  for (let i = 0; i < 10; i++) {
    await popup.keyboard.press('Tab');
    stops.push(await label());
  }
  for (const want of ['Full report', 'Comparison', 'check', 'row', 'show-all', 'copy-questions', 'add-to-comparison', 'marks', 'site-off'])
    expect(stops, want).toContain(want);
  // Settings is a button with an icon and a name.
  await expect(popup.getByRole('button', { name: 'Settings' })).toBeVisible();
  // Each group is one stop: the rows, the checklist and the toolbar are each passed in one press.
  expect(stops.filter((s) => s === 'row')).toHaveLength(1);
  expect(stops.filter((s) => s === 'check')).toHaveLength(1);

  // Arrows within the toolbar reach both exports.
  await popup.getByTestId('add-to-comparison').focus();
  await popup.keyboard.press('ArrowRight');
  expect(await label()).toBe('export-markdown');
  await popup.keyboard.press('ArrowRight');
  expect(await label()).toBe('export-json');
  // Arrows within the rows, and the Tab stop follows: Shift+Tab and Tab come back to the row left.
  const heads = popup.locator('.row__head');
  await heads.first().focus();
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  await expect(heads.nth(2)).toBeFocused();
  await expect(heads.nth(2)).toHaveAttribute('tabindex', '0');
  await expect(heads.first()).toHaveAttribute('tabindex', '-1');
  await popup.keyboard.press('Enter');
  await expect(heads.nth(2)).toHaveAttribute('aria-expanded', 'true');
  // Escape inside the open card closes it and puts the reader back on its row.
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Escape');
  await expect(heads.nth(2)).toHaveAttribute('aria-expanded', 'false');
  await expect(heads.nth(2)).toBeFocused();
  await popup.close();
});

test('the rows name different flags where they can, and "Show all" opens at the top of the list', async ({ page, ext }) => {
  await page.goto(ext.url('examples/zhoubao-zh.html'));
  await ext.settled(page);
  const popup = await ext.popup(page);
  await claimItems(popup).first().waitFor();
  const flags = await popup.locator('.row__flag').allTextContents();
  expect(new Set(flags.slice(0, 3)).size).toBeGreaterThan(1);
  await popup.getByTestId('show-all').click();
  await expect(popup.locator('.rows__group').first()).toBeVisible();
  expect(await popup.locator('.claims-wrap').evaluate((el) => el.scrollTop)).toBe(0);
  await expect(popup.getByTestId('counts')).toBeVisible();
  expect(await wholeOnScreen(popup, '[data-testid=counts]')).toBe(1);
  await popup.close();
});

test('j and k step through the claims and the page shows each one; a checklist point shows its words on the page', async ({ page, ext }) => {
  await page.goto(ext.url(LONGEST));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const popup = await ext.popup(page);
  const rows = claimItems(popup);
  await rows.first().waitFor();
  const textOf = async (i: number) => {
    const id = await rows.nth(i).getAttribute('data-claim-id');
    return state.report.claims.find((c) => c.id === id)?.text ?? '';
  };
  const flashed = async () => (await ext.highlights(page))['sceptic-flash'] ?? [];
  const flashedText = async (want: string) => {
    const parts = await flashed();
    return parts.some((r) => r.trim().length > 3 && want.replace(/\s+/g, ' ').includes(r.replace(/\s+/g, ' ').trim()));
  };

  await popup.keyboard.press('j');
  await expect(popup.locator('.row__head').first()).toBeFocused();
  await expect(popup.getByTestId('status')).toHaveText('Shown on the page');
  const first = await textOf(0);
  await expect.poll(() => flashedText(first)).toBe(true);
  await popup.keyboard.press('j');
  await expect(popup.locator('.row__head').nth(1)).toBeFocused();
  const second = await textOf(1);
  await expect.poll(() => flashedText(second)).toBe(true);
  await popup.keyboard.press('k');
  await expect(popup.locator('.row__head').first()).toBeFocused();
  await expect.poll(() => flashedText(first)).toBe(true);

  // "Pricing shown": the page's price flashes where it stands.
  const pricing = state.report.signals.find((s) => s.id === 'pricing');
  expect(pricing?.text).toBeTruthy();
  await popup.getByTestId('checklist').locator('[data-check-id="pricing"] button').click();
  await expect(popup.getByTestId('status')).toHaveText('Shown on the page');
  await expect.poll(() => flashedText(pricing?.text ?? '')).toBe(true);
  await popup.close();
});
