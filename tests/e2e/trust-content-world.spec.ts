// What Sceptic's own content-script world can reach, tried from inside it (as a compromised
// renderer could): storage.local (saved reports, settings) is closed to it, it still gets the
// settings by message, and a report it forges about another site is refused.
import { expect, test } from './harness';
import { inContentScript, marksSeenByContentScript } from './trust-helpers';
import { resetStorage, setSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

test('the content script cannot read or write storage.local, and gets the settings from the background', async ({ page, ext }) => {
  await setSettings(ext, { marksDefault: false, sensitivity: 'strict' });
  await page.goto(ext.url('examples/slidecraft.html'));
  expect((await ext.settled(page)).status).toBe('ready');
  const id = ext.loaded.extensionId;
  const read = await inContentScript(page, id, `chrome.storage.local.get(null).then(() => 'read', (e) => 'refused: ' + e.message)`);
  expect(read).toMatch(/^refused: /);
  const write = await inContentScript(
    page,
    id,
    `chrome.storage.local.set({ settings: { autoScan: false } }).then(() => 'written', (e) => 'refused: ' + e.message)`,
  );
  expect(write).toMatch(/^refused: /);
  // What it does get: the settings, by message, as the background reads them.
  const got = (await inContentScript(page, id, `chrome.runtime.sendMessage({ type: 'content/get-settings' })`)) as Record<string, unknown>;
  expect(got).toMatchObject({ marksDefault: false, sensitivity: 'strict' });
  // The settings took effect in the page: marks start off, and the report was judged strictly.
  expect(await marksSeenByContentScript(page, id)).toEqual([]);
  const state = await ext.state(page);
  expect(state.status === 'ready' && state.report.claims.length).toBeGreaterThan(0);
});

test('a report the content script forges about another site is refused and changes nothing', async ({ page, ext }) => {
  await page.goto(ext.url('examples/evidence-based.html'));
  const before = await ext.settled(page);
  expect(before.status).toBe('ready');
  const badge = await ext.badge(page);
  const forged = await inContentScript(
    page,
    ext.loaded.extensionId,
    `chrome.runtime.sendMessage({ type: 'content/blocks', url: 'https://rival.example/', title: 'Rival', options: {}, blocks: [{ id: 'b0', role: 'hero', text: 'Rival AI never makes a mistake and doubles your revenue.' }] }).then((r) => r == null ? 'no answer' : 'answered', (e) => 'refused: ' + e.message)`,
  );
  expect(forged).not.toBe('answered');
  await page.waitForTimeout(500);
  const after = await ext.state(page);
  expect(after).toEqual(before);
  expect(await ext.badge(page)).toEqual(badge);
});

test('a normal build leaves nothing of Sceptic in the page’s performance timeline', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  expect((await ext.settled(page)).status).toBe('ready');
  const entries = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => /sceptic/i.test(e.name))
      .map((e) => `${e.entryType}:${e.name}`),
  );
  expect(entries).toEqual([]);
});
