// "Check with Sceptic" on selected text: the menu item is there, and choosing it on a news page
// (no product page, no badge) opens a page with the verdicts for the sentences selected, their
// notes, questions and exports; the text can be edited there, and a forged id finds nothing.
import { tabIdOf } from '../../scripts/lib/extension';
import { expect, test } from './harness';
import { claimItems, downloadOf, extensionPage, pasted, resetStorage } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

const MENU_ID = 'sceptic-check';

test('the context-menu check works on a news page and shows verdicts, notes, questions and exports', async ({ page, ext }) => {
  await page.goto(ext.url('examples/news-article.html'));
  const state = await ext.settled(page);
  expect(state.status === 'ready' && state.report.isProductPage).toBe(false);
  expect((await ext.badge(page)).text).toBe('');

  // Select two paragraphs, as a reader would with the mouse.
  const selected = await page.evaluate(() => {
    const ps = [...document.querySelectorAll('p')];
    const from = ps.find((p) => p.textContent?.startsWith('Vendors are rarely shy'));
    const to = from?.nextElementSibling;
    if (!from || !to) return '';
    const range = document.createRange();
    range.setStartBefore(from);
    range.setEndAfter(to);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    return String(sel);
  });
  expect(selected).toContain('save 80 per cent of your slide work');

  // The menu item exists (update fails on an unknown id); choosing it is the browser's click on it.
  await expect
    .poll(() =>
      ext.loaded.sw.evaluate(
        async (id) =>
          chrome.contextMenus.update(id, {}).then(
            () => true,
            () => false,
          ),
        MENU_ID,
      ),
    )
    .toBe(true);
  const [check] = await Promise.all([
    ext.loaded.context.waitForEvent('page', (p) => p.url().includes('/check.html')),
    ext.loaded.sw.evaluate(
      async ({ id, text, pageUrl, tabId }) => {
        const tab = await chrome.tabs.get(tabId);
        // The menu's own text is the selection on one line; the page's selection keeps its paragraphs.
        (chrome.contextMenus.onClicked as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(
          { menuItemId: id, selectionText: text.replace(/\s+/g, ' '), pageUrl, frameId: 0, editable: false },
          tab,
        );
      },
      { id: MENU_ID, text: selected, pageUrl: page.url(), tabId: await tabIdOf(ext.loaded.sw, page) },
    ),
  ]);
  await check.waitForLoadState();
  await expect(check.getByRole('heading', { level: 1 })).toHaveText('Checking a selection');
  await expect(check.getByTestId('check-source')).toContainText('Harbourton');
  // The text checked is the selection, paragraphs kept.
  const text = await check.getByTestId('check-text').inputValue();
  expect(text.replace(/\s+/g, ' ').trim()).toBe(selected.replace(/\s+/g, ' ').trim());
  expect(text).toMatch(/\n/);

  // Verdicts, each claim with its note, question and source; no grade for a selection.
  const items = claimItems(check);
  await expect(items.first()).toBeVisible();
  const eighty = items.filter({ hasText: 'save 80 per cent of your slide work' });
  await expect(eighty).toHaveCount(1);
  await expect(eighty).toHaveAttribute('data-verdict', 'unsupported');
  await expect(eighty.locator('.flag__note').first()).not.toBeEmpty();
  await expect(eighty.locator('.flag__question').first()).toContainText('?');
  await expect(eighty.locator('.flag__foot a').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(check.getByTestId('grade')).toHaveCount(0);
  await expect(check.getByTestId('summary')).toContainText(`${await items.count()} claim`);

  // The questions, and both exports.
  await check.getByTestId('copy-questions').click();
  const questions = await pasted(ext);
  expect(questions.split('\n').filter((l) => /^\d+\. .+\?$/.test(l)).length).toBeGreaterThan(0);
  const md = await downloadOf(check, check.getByTestId('export-markdown'));
  expect(md.name).toMatch(/^sceptic-selection-127\.0\.0\.1-.+\.md$/);
  expect(md.text).toContain('save 80 per cent of your slide work');
  expect(md.text).toContain('Questions for the vendor');
  expect(md.text).toContain('A selection, not a whole page');
  expect(md.text).not.toContain('does not look like a product page');
  const json = JSON.parse((await downloadOf(check, check.getByTestId('export-json'))).text) as { format: string; report: { claims: unknown[] } };
  expect(json.format).toBe('sceptic-report');
  expect(json.report.claims).toHaveLength(await items.count());

  // Edited, the verdicts follow the text.
  await check.getByTestId('check-text').fill('Our assistant is guaranteed to double your revenue in 30 days.');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-verdict', 'unsupported');
  await check.getByTestId('check-text').fill('The office is on Quay Street.');
  await expect(check.getByTestId('check-empty')).toBeVisible();
  await check.close();
});

test('a check page with an unknown or forged id keeps nothing and still checks pasted text', async ({ ext }) => {
  for (const id of ['zzzz-000000', '../tab:1', '']) {
    const p = await extensionPage(ext, `check.html?id=${encodeURIComponent(id)}`);
    await expect(p.getByTestId('check-missing')).toBeVisible();
    await expect(p.getByTestId('check-text')).toHaveValue('');
    await p.getByTestId('check-text').fill('一键生成周报，效率提升10倍。');
    await expect(claimItems(p).first()).toBeVisible();
    await p.close();
  }
});
