// Accessibility: axe finds no serious or critical violation on the popup (first screen, and all
// claims with a card open), the check page, the options, the report, the comparison and the
// welcome page, in the light and the dark theme, in both languages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { type Ext, expect, test } from './harness';
import { claimItems, extensionPage, openClaim, resetStorage, setSettings, showAllClaims } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

async function comparisonOfTwo(ext: Ext, page: Page): Promise<number> {
  let tabId = 0;
  for (const p of ['examples/slidecraft.html', 'examples/evidence-based.html']) {
    await page.goto(ext.url(p));
    await ext.settled(page);
    tabId = await ext.tabId(page);
    const popup = await ext.popup(page);
    await popup.getByTestId('add-to-comparison').click();
    await expect(popup.getByTestId('status')).not.toBeEmpty();
    await popup.close();
  }
  return tabId;
}

for (const lang of ['en', 'zh'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious or critical violations (${lang}, ${colorScheme})`, async ({ page, ext }) => {
      await setSettings(ext, { language: lang });
      const tabId = await comparisonOfTwo(ext, page);
      const found: Record<string, string[]> = {};

      const popup = await ext.loaded.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.emulateMedia({ colorScheme });
      await popup.goto(`chrome-extension://${ext.loaded.extensionId}/popup.html?tab=${tabId}`);
      await claimItems(popup).first().waitFor();
      found.popup = await violations(popup);
      // All the claims listed, grouped, one opened to its card.
      await showAllClaims(popup);
      await openClaim(claimItems(popup).first());
      found['popup, all claims'] = await violations(popup);
      await popup.close();

      // The check page, with a pasted text judged.
      const check = await extensionPage(ext, 'check.html', { colorScheme });
      await check
        .getByTestId('check-text')
        .fill(lang === 'zh' ? '一键生成周报，效率提升10倍。\n100% 准确，永不出错。' : 'Saves 80% of your PPT work.\nGuaranteed to double your revenue.');
      await claimItems(check).first().waitFor();
      found.check = await violations(check);
      await check.close();

      for (const [name, path] of [
        ['options', 'options.html'],
        ['report', `report.html?tab=${tabId}`],
        ['compare', 'compare.html'],
        ['welcome', 'welcome.html'],
      ] as const) {
        const p = await extensionPage(ext, path, { colorScheme });
        await p.locator('main h1, main .page__title, main [data-testid="claims"]').first().waitFor();
        await p.waitForLoadState('networkidle');
        found[name] = await violations(p);
        await p.close();
      }
      expect(found).toEqual({ popup: [], 'popup, all claims': [], check: [], options: [], report: [], compare: [], welcome: [] });
    });
  }
}

test('every control in the popup and the options page has a visible focus ring', async ({ page, ext }) => {
  await comparisonOfTwo(ext, page);
  const pages = [await ext.popup(page), await extensionPage(ext, 'options.html')];
  for (const p of pages) {
    await p.locator('main').waitFor();
    const unringed: string[] = [];
    for (let i = 0; i < 30; i++) {
      await p.keyboard.press('Tab');
      const r = await p.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const styled = (e: Element | null) => !!e && getComputedStyle(e).outlineStyle !== 'none' && getComputedStyle(e).outlineWidth !== '0px';
        return styled(el) || styled(el.closest('label')) ? '' : `${el.tagName} ${el.textContent?.slice(0, 30)}`;
      });
      if (r) unringed.push(r);
    }
    expect(unringed, p.url()).toEqual([]);
    await p.close();
  }
});
