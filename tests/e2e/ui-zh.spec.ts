// Chinese all the way through: with the interface in Chinese, the popup and the hover card in
// the page show each flag's Chinese note and question, and the card follows a change of the
// language setting without a reload.
import { cardBox, cardText, claimWith, hoverText } from './content-helpers';
import { expect, test } from './harness';
import { claimItems, openClaim, resetStorage, setSettings, showAllClaims } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

const CLAIM = '采用银行级加密技术';

test('the popup and the hover card show the Chinese note and question of a claim', async ({ page, ext }) => {
  await setSettings(ext, { language: 'zh' });
  await page.goto(ext.url('examples/zhoubao-zh.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const claim = claimWith(state.report, CLAIM);
  expect(claim.flags.length).toBeGreaterThan(1);
  for (const f of claim.flags) expect(f.zh?.question).toMatch(/？$/u);

  // The popup: every flag of the claim in Chinese, none of the English.
  const popup = await ext.popup(page);
  await showAllClaims(popup);
  const item = claimItems(popup).and(popup.locator(`[data-claim-id="${claim.id}"]`));
  await openClaim(item);
  await expect(item).toBeVisible();
  for (const f of claim.flags) {
    const flag = item.locator(`[data-rule="${f.rule}"]`);
    await expect(flag.locator('.flag__title')).toContainText(f.zh?.title ?? '?');
    await expect(flag.locator('.flag__note')).toHaveText(f.zh?.note ?? '?');
    await expect(flag.locator('.flag__question')).toContainText(f.zh?.question ?? '?');
    await expect(flag).not.toContainText(f.note);
  }
  await expect(item.locator('.flag__question-label').first()).toHaveText('向厂商提问');
  await popup.close();

  // The hover card: the verdict, and the worst flag's Chinese note and question.
  const worst = claim.flags.find((f) => f.severity === 'critical') ?? claim.flags.find((f) => f.severity === 'major') ?? claim.flags[0];
  await page.bringToFront();
  await page.getByText(CLAIM).scrollIntoViewIfNeeded();
  await hoverText(page, CLAIM);
  await expect.poll(() => cardBox(page)).not.toBeNull();
  const text = await cardText(page);
  expect(text).toContain('无依据');
  expect(text).toContain(worst?.zh?.title ?? '?');
  expect(text).toContain(worst?.zh?.note ?? '?');
  expect(text).toContain('向厂商提问：');
  expect(text).toContain(worst?.zh?.question ?? '?');
  expect(text).toContain(`Sceptic 弹窗里还有 ${claim.flags.length - 1} 条疑点。`);
  expect(text).not.toContain('Ask the vendor');
  expect(text).not.toContain(worst?.note ?? '?');

  // Back to English in the settings: the next card speaks English, without a reload.
  await page.mouse.move(5, 890);
  await expect.poll(() => cardBox(page)).toBeNull();
  await setSettings(ext, { language: 'en' });
  await expect
    .poll(
      async () => {
        await page.mouse.move(5, 890);
        await hoverText(page, CLAIM);
        const shown = (await cardBox(page)) ? await cardText(page) : '';
        return shown.includes('Ask the vendor:') && shown.includes(worst?.question ?? '?') && !shown.includes(worst?.zh?.note ?? '?');
      },
      { timeout: 10_000 },
    )
    .toBe(true);
});
