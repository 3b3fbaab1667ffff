// The welcome page opens on install and explains the grades, the privacy promise, how to scan by
// hand, and judges a sample page live.
import { expect, test } from './harness';
import { extensionPage, resetStorage, storedSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

test('opens once, on install', async ({ ext }) => {
  const welcome = `chrome-extension://${ext.loaded.extensionId}/welcome.html`;
  await expect.poll(() => ext.loaded.context.pages().filter((p) => p.url() === welcome).length, { timeout: 15_000 }).toBe(1);
});

test('explains the grades, promises privacy, switches scanning to manual and judges a sample', async ({ ext }) => {
  const welcome = await extensionPage(ext, 'welcome.html');
  // First, how to pin the button: a line for each browser family and a picture with a name.
  const pin = welcome.getByTestId('welcome-pin');
  await expect(pin.getByRole('heading', { name: 'Keep the grade in sight' })).toBeVisible();
  await expect(pin).toContainText('the pin beside Sceptic');
  await expect(pin).toContainText('Pin to Toolbar');
  await expect(pin.getByRole('img', { name: /puzzle-piece button/ })).toBeVisible();
  expect((await pin.getByTestId('welcome-pin-picture').boundingBox())?.width).toBeGreaterThan(200);
  for (const g of ['A', 'B', 'C', 'D', 'F']) await expect(welcome.locator('.legend').getByRole('img', { name: `Grade ${g}` })).toBeVisible();
  await expect(welcome.getByText('Sceptic makes no network requests at all.', { exact: false })).toBeVisible();
  await welcome.getByTestId('welcome-manual').click();
  await expect.poll(async () => ((await storedSettings(ext)) as { autoScan?: boolean } | undefined)?.autoScan).toBe(false);
  await expect(welcome.getByText('Automatic scanning is off.', { exact: false })).toBeVisible();

  const result = welcome.getByTestId('sample-result');
  await expect(result.locator('.claim').first()).toBeVisible();
  const before = await welcome.getByTestId('sample-grade').getAttribute('aria-label');
  expect(before).toMatch(/^Grade [A-F]$/);
  // Back every claim with evidence and the verdicts change.
  await welcome
    .getByTestId('sample-text')
    .fill(
      [
        'In a 2024 randomised study of 140 product managers, median time on meeting notes fell from 22 to 9 minutes a week compared with notes by hand (Stanford, n=140).',
        'In a 2023 independent audit by Example Labs of 1,200 meetings, summaries were rated accurate in 91% of cases compared with 84% for human notes.',
        'Limitations: it struggles with crosstalk and with more than 8 speakers.',
        'Pricing',
        '$9 per user per month.',
        'Start free trial',
      ].join('\n'),
    );
  await expect(result.locator('.pill--supported').first()).toBeVisible();
  await welcome.close();
});
