// The popup in a real Chromium: the headline claims as rows that open to their notes and
// questions, all the claims grouped, filters, show on page, marks, copy questions, exports,
// dismissing a flag, and its states.
import { ROLE_GROUPS, roleGroup } from '../../utils/explain';
import { escapeMarkdown } from '../../utils/export';
import { expect, test } from './harness';
import { claimItems, downloadOf, openClaim, pasted, resetStorage, showAllClaims } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

test('lists the headline claims first, each opening to its note, question and source; "Show all" lists the rest by where they stand', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const popup = await ext.popup(page);
  const items = claimItems(popup);
  await expect(items).toHaveCount(5);
  await expect(popup.getByTestId('grade')).toHaveAccessibleName(`Grade ${state.report.grade}`);
  await expect(popup.getByTestId('summary')).toHaveText(`${state.report.counts.claims} claims, ${state.report.counts.unsupported} unsupported`);
  // The first rows are the page's prominent claims: none from its footer while the hero has unbacked ones.
  const byId = new Map(state.report.claims.map((c) => [c.id, c]));
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id') ?? ''));
  const top = ids.map((id) => byId.get(id));
  for (const c of top) expect(c && ['footer', 'footnote'].includes(c.role)).toBe(false);
  expect(top.map((c) => c?.text)).toContainEqual(expect.stringContaining('Saves 80% of your PPT work'));
  // The first is unsupported, with its most severe flag in the row; it opens to the full card.
  const first = items.first();
  await expect(first).toHaveAttribute('data-verdict', 'unsupported');
  await expect(first.locator('.row__flag')).not.toBeEmpty();
  await expect(first.locator('.flag__note')).toHaveCount(0);
  await openClaim(first);
  await expect(first.locator('.flag__note').first()).not.toBeEmpty();
  await expect(first.locator('.flag__question').first()).toContainText('?');
  await expect(first.locator('.flag__foot a').first()).toHaveAttribute('href', /^https:\/\//);
  // Show all: every claim once, grouped by where it stands, the groups in a reader's order.
  await expect(popup.getByTestId('show-all')).toHaveText(`Show all ${state.report.claims.length} claims`);
  const all = await showAllClaims(popup);
  await expect(all).toHaveCount(state.report.claims.length);
  const groups = popup.locator('.rows__group');
  const names = Object.keys(ROLE_GROUPS);
  const seen = await groups.evaluateAll((els) =>
    els.map((g) => [...g.querySelectorAll('li[data-claim-id]')].map((li) => li.getAttribute('data-claim-id') ?? '')),
  );
  expect(seen.flat().sort()).toEqual(state.report.claims.map((c) => c.id).sort());
  const order = seen.map((list) => names.indexOf(roleGroup(byId.get(list[0] ?? '')?.role ?? 'body')));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  for (const list of seen) expect(new Set(list.map((id) => roleGroup(byId.get(id)?.role ?? 'body'))).size).toBe(1);
  // Within a group, verdicts run from unsupported to supported.
  const rank = { unsupported: 0, weak: 1, supported: 2 } as Record<string, number>;
  for (const list of seen) {
    const r = list.map((id) => rank[byId.get(id)?.verdict ?? ''] ?? 9);
    expect(r).toEqual([...r].sort());
  }
  await popup.close();
});

test('filters by verdict and by kind', async ({ page, ext }) => {
  await page.goto(ext.url('examples/evidence-based.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const popup = await ext.popup(page);
  const items = await showAllClaims(popup);
  await expect(items).toHaveCount(state.report.claims.length);
  await popup.getByTestId('counts').getByText('Supported', { exact: true }).click();
  await expect(items).toHaveCount(state.report.counts.supported);
  for (const v of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))) expect(v).toBe('supported');
  await popup.getByTestId('counts').getByText('All', { exact: true }).click();
  const kind = state.report.claims[0]?.kinds[0];
  if (!kind) throw new Error('no kind');
  await popup.getByRole('combobox').selectOption(kind);
  await expect(items).toHaveCount(state.report.claims.filter((c) => c.kinds.includes(kind)).length);
  await popup.close();
});

test('shows a claim on the page, and turns the marks off and on', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  const popup = await ext.popup(page);
  const first = claimItems(popup).first();
  await openClaim(first);
  const id = await first.getAttribute('data-claim-id');
  const text = (await first.locator('.claim__text').textContent())?.replace(/^“|”$/g, '') ?? '';
  expect(id).toBeTruthy();
  await first.locator('button.claim__quote').click();
  await expect(popup.getByTestId('status')).toHaveText('Shown on the page');
  // The page flashed the claim's own words.
  await expect
    .poll(async () => {
      const marks = await ext.highlights(page);
      return Object.entries(marks).some(
        ([name, ranges]) => /flash|focus|show/.test(name) && ranges.some((r) => text.includes(r.trim()) || r.includes(text.slice(0, 20))),
      );
    })
    .toBe(true);

  const marked = async () => Object.values(await ext.highlights(page)).reduce((a, r) => a + r.length, 0);
  expect(await marked()).toBeGreaterThan(0);
  await popup.getByTestId('marks').uncheck();
  await expect.poll(marked).toBe(0);
  await popup.getByTestId('marks').check();
  await expect.poll(marked).toBeGreaterThan(0);
  // Reopened, the popup remembers the marks are on for this tab.
  await popup.getByTestId('marks').uncheck();
  await popup.close();
  const again = await ext.popup(page);
  await expect(again.getByTestId('marks')).not.toBeChecked();
  await again.close();
});

test('copies the vendor questions as a clean numbered list', async ({ page, ext }) => {
  await page.goto(ext.url('examples/weeklypilot.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const popup = await ext.popup(page);
  await popup.getByTestId('copy-questions').click();
  await expect(popup.getByTestId('status')).toHaveText(/^Copied \d+ questions?$/);
  const n = Number((await popup.getByTestId('status').textContent())?.match(/\d+/)?.[0]);
  const text = await pasted(ext);
  const questions = text.split('\n').filter((l) => /^\d+\. /.test(l));
  expect(questions).toHaveLength(n);
  // Every distinct question the flags raise, once.
  const expected = new Set(state.report.claims.flatMap((c) => c.flags.map((f) => f.question)));
  expect(new Set(questions.map((q) => q.replace(/^\d+\. /, '')))).toEqual(expected);
  expect(text).toContain(state.url);
  expect(text).not.toMatch(/\*\*|<[a-z]/i);
  await popup.close();
});

test('exports Markdown and JSON files with the report in them', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const popup = await ext.popup(page);
  const md = await downloadOf(popup, popup.getByTestId('export-markdown'));
  expect(md.name).toMatch(/^sceptic-127\.0\.0\.1-examples-slidecraft-\d{4}-\d{2}-\d{2}-\d{4}Z\.md$/);
  expect(md.text).toContain(`(${state.url})`);
  expect(md.text).toContain(`**${state.report.grade}**`);
  expect(md.text).toContain('Saves 80% of your PPT work');
  const sources = new Set(state.report.claims.flatMap((c) => c.flags.map((f) => f.source.url)));
  for (const s of sources) expect(md.text).toContain(s);

  const json = await downloadOf(popup, popup.getByTestId('export-json'));
  expect(json.name).toMatch(/\.json$/);
  const data = JSON.parse(json.text) as { format: string; page: { url: string }; report: { claims: unknown[]; grade: string } };
  expect(data.format).toBe('sceptic-report');
  expect(data.page.url).toBe(state.url);
  expect(data.report.claims).toHaveLength(state.report.claims.length);
  expect(data.report.grade).toBe(state.report.grade);
  await popup.close();
});

test('"this is wrong" dismisses a flag, remembers it, and exports it as dismissed', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  const popup = await ext.popup(page);
  const card = claimItems(popup).first();
  await openClaim(card);
  const id = await card.getAttribute('data-claim-id');
  const flag = popup.locator(`[data-claim-id="${id}"] .flag`).first();
  const title = (await flag.locator('.flag__title span').first().textContent()) ?? '';
  await flag.getByRole('button', { name: /Dismiss this flag/ }).click();
  await expect(flag).toHaveClass(/flag--dismissed/);
  await expect(flag.getByRole('button', { name: /Restore this flag/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(flag.locator('.flag__question')).toHaveCount(0);
  // The card stays where it was.
  await expect(claimItems(popup).first()).toHaveAttribute('data-claim-id', id ?? '');
  await popup.close();

  const again = await ext.popup(page);
  // Reopened, the claim is still first, and the flag still dismissed.
  await expect(claimItems(again).first()).toHaveAttribute('data-claim-id', id ?? '');
  await openClaim(claimItems(again).first());
  const dismissed = again.locator('.flag--dismissed');
  await expect(dismissed).toHaveCount(1);
  const md = await downloadOf(again, again.getByTestId('export-markdown'));
  expect(md.text).toMatch(/You dismissed 1 flag on this page/);
  expect(md.text).toContain(`~~**${escapeMarkdown(title, 'inline')}**`);
  // Undo brings it back.
  await dismissed.getByRole('button', { name: /Restore this flag/ }).click();
  await expect(again.locator('.flag--dismissed')).toHaveCount(0);
  await again.close();
});

test('says so when a page is not a product page', async ({ page, ext }) => {
  await page.goto(ext.url('examples/news-article.html'));
  await ext.settled(page);
  const popup = await ext.popup(page);
  await expect(popup.getByText('This does not look like a product page, so there is no grade.')).toBeVisible();
  await expect(popup.getByTestId('grade')).toHaveAccessibleName('No grade');
  await popup.close();
});

test('says so when a product page makes no claims', async ({ page, ext }) => {
  const url = ext.url('plain-product.html');
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Invoicer</title></head><body><main>
        <h1>Invoicer</h1><p>Create invoices and send them by email.</p><p>Export to PDF and CSV.</p>
        <h2>Pricing</h2><p>$5 per month</p><a href="#">Start free trial</a><a href="#">Sign up</a></main></body></html>`,
    }),
  );
  await page.goto(url);
  const state = await ext.settled(page);
  expect(state.status === 'ready' && state.report.claims.length).toBe(0);
  const popup = await ext.popup(page);
  await expect(popup.getByText('No marketing claims found on this page.')).toBeVisible();
  await popup.close();
});

test('says so when a page cannot be read, or there is no such tab', async ({ page, ext }) => {
  await page.goto('about:blank');
  await page.bringToFront();
  const tabId = await ext.loaded.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  expect(tabId).toBeGreaterThan(0);
  const popup = await ext.loaded.context.newPage();
  await popup.goto(`chrome-extension://${ext.loaded.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('state')).toHaveAttribute('data-state', 'unreadable');
  await expect(popup.getByText('Sceptic cannot read this page.')).toBeVisible();
  await popup.goto(`chrome-extension://${ext.loaded.extensionId}/popup.html?tab=987654`);
  await expect(popup.getByTestId('state')).toHaveAttribute('data-state', 'no-tab');
  await popup.close();
});

test('is usable from the keyboard alone', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  const popup = await ext.popup(page);
  await claimItems(popup).first().waitFor();
  // A row opened by the keyboard shows its card, whose quote shows the claim on the page.
  await popup.locator('.row__head').first().focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.row__head').first()).toHaveAttribute('aria-expanded', 'true');
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: string[] = [];
  for (let i = 0; i < 14; i++) {
    await popup.keyboard.press('Tab');
    seen.push(
      await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'end';
        const outline = getComputedStyle(el).outlineStyle;
        const parent = el.closest('label');
        const ring = outline !== 'none' || (parent ? getComputedStyle(parent).outlineStyle !== 'none' : false);
        return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}${ring ? '' : ' (no ring)'}`;
      }),
    );
  }
  expect(seen).toContain('button.claim__quote');
  expect(seen.filter((s) => s.endsWith('(no ring)'))).toEqual([]);
  // Enter on a claim shows it on the page.
  await popup.locator('button.claim__quote').first().focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('status')).toHaveText('Shown on the page');
  await popup.close();
});
