// The options page changes what Sceptic does: scanning only on request, a site left alone,
// a rubric question switched off, the interface language; damaged settings are repaired and said so.
import { expect, test } from './harness';
import { claimItems, extensionPage, resetStorage, setSettings, storedSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

test('saves each change at once, in the settings contract', async ({ ext }) => {
  const options = await extensionPage(ext, 'options.html');
  await options.getByTestId('scan-manual').check();
  await options.getByTestId('sensitivity-strict').check();
  await options.getByTestId('rubric-R6').uncheck();
  await options.getByTestId('language').selectOption('zh');
  await options.getByTestId('marks-default').uncheck();
  await options.getByTestId('site-input').fill('https://www.Example.com/pricing');
  await options.getByTestId('site-add').click();
  await expect(options.getByTestId('sites')).toContainText('example.com');
  await expect
    .poll(() => storedSettings(ext))
    .toEqual({
      version: 1,
      autoScan: false,
      sensitivity: 'strict',
      disabledRubrics: ['R6'],
      language: 'zh',
      marksDefault: false,
      disabledSites: ['example.com'],
    });
  // The page itself switched to Chinese.
  await expect(options.locator('h1')).toHaveText('Sceptic 设置');
  await expect(options.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await options.getByTestId('site-input').fill('not a site');
  await options.getByTestId('site-add').click();
  await expect(options.getByRole('alert')).toHaveText('这看起来不像网站名。');
  await options.close();
});

test('damaged settings fall back to defaults, and the pages say so', async ({ page, ext }) => {
  await ext.loaded.sw.evaluate(async () => {
    await chrome.storage.local.set({ settings: { version: 1, autoScan: 'sometimes', sensitivity: 'paranoid', language: 'en' } });
  });
  const options = await extensionPage(ext, 'options.html');
  await expect(options.getByTestId('recovered')).toContainText('autoScan');
  await expect(options.getByTestId('recovered')).toContainText('sensitivity');
  await expect(options.getByTestId('scan-auto')).toBeChecked();
  await expect(options.getByTestId('sensitivity-normal')).toBeChecked();
  // Any change writes a clean copy, and the warning goes.
  await options.getByTestId('sensitivity-lenient').check();
  await expect(options.getByTestId('recovered')).toHaveCount(0);
  await options.close();

  await setSettings(ext, {});
  await ext.loaded.sw.evaluate(async () => chrome.storage.local.set({ settings: '{broken' }));
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  const popup = await ext.popup(page);
  await expect(popup.getByRole('alert')).toHaveText('Your settings could not be read and were reset. Check them in the settings.');
  await expect(claimItems(popup).first()).toBeVisible();
  await popup.close();
});

test('the interface speaks Chinese when asked, badge title included', async ({ page, ext }) => {
  await setSettings(ext, { language: 'zh' });
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  await expect
    .poll(async () => (await ext.badge(page)).title)
    .toBe(`Sceptic：${state.report.counts.claims} 条声明，${state.report.counts.unsupported} 条无依据，评级 ${state.report.grade}`);
  const popup = await ext.popup(page);
  await expect(popup.getByTestId('summary')).toHaveText(`${state.report.counts.claims} 条声明，${state.report.counts.unsupported} 条无依据`);
  await expect(popup.getByTestId('copy-questions')).toHaveText('复制给厂商的问题');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(claimItems(popup).first().locator('.pill')).toHaveText('无依据');
  await popup.close();
  // Back to English without reopening anything: the badge follows the setting.
  await setSettings(ext, { language: 'en' });
  await expect.poll(async () => (await ext.badge(page)).title).toMatch(/^Sceptic: \d+ claims, \d+ unsupported, grade [A-F]$/);
});
