// No page can drive the extension. A page that posts Sceptic's own messages to itself, fires
// DOM events named after them, forges Sceptic's elements and attributes and looks for the
// extension messaging API changes nothing: not the tab's report, its badge, the marks, nor
// anything stored. And in the real browser, the background's router turns away a message that
// comes from the wrong kind of sender or fails its schema.
import type { Page } from '@playwright/test';
import { tell } from './content-helpers';
import { type Ext, expect, test } from './harness';
import { inContentScript } from './trust-helpers';
import { extensionPage, resetStorage } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

async function snapshot(ext: Ext, page: Page) {
  return {
    state: await ext.state(page),
    badge: await ext.badge(page),
    marks: await tell(ext, page, { type: 'ui/get-marks' }),
    local: await ext.loaded.sw.evaluate(() => chrome.storage.local.get(null)),
    session: await ext.loaded.sw.evaluate(() => chrome.storage.session.get(null)),
  };
}

test('a page posting Sceptic’s messages, firing its events and forging its attributes changes nothing', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/hostile-messages.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  expect(state.report.isProductPage).toBe(true);
  expect(state.report.grade).not.toBe('A');
  await ext.loaded.sw.evaluate(() =>
    chrome.storage.local.set({
      settings: { version: 1, autoScan: true, sensitivity: 'normal', disabledRubrics: [], language: 'en', marksDefault: true, disabledSites: [] },
    }),
  );
  await page.waitForTimeout(1500);
  const before = await snapshot(ext, page);
  expect(before.marks).toMatchObject({ on: true });

  type Attack = (id: string) => Promise<{ runtime: string; sent: number; errors: string[] }>;
  const outcome = await page.evaluate((id) => (window as Window & { attack?: Attack }).attack?.(id), ext.loaded.extensionId);
  // The extension messaging API is not there for a web page (no externally_connectable).
  expect(outcome).toEqual({ runtime: 'absent', sent: 0, errors: [] });
  // Time for anything the page set off: a rescan, a report, a change of marks.
  await page.waitForTimeout(3000);
  expect(await snapshot(ext, page)).toEqual(before);
});

test('the background turns away messages from the wrong sender or of the wrong shape, and still answers the right ones', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const tabId = await ext.tabId(page);
  const sessionBefore = await ext.loaded.sw.evaluate(() => chrome.storage.session.get(null));
  const badgeBefore = await ext.badge(page);

  // One of Sceptic's own pages posing as a content script: turned away.
  const options = await extensionPage(ext, 'options.html');
  const fromPage = await options.evaluate(async (url) => {
    const forged = [
      { type: 'content/unreadable', url, reason: 'forged' },
      { type: 'content/scanning', url },
      { type: 'content/report', url, title: 'x', report: {} },
      { type: 'ui/get-tab-state', tabId: -1 },
      { type: 'ui/get-tab-state' },
      { type: 'nonsense' },
      null,
    ];
    const answers: unknown[] = [];
    for (const m of forged) answers.push(await chrome.runtime.sendMessage(m).catch((e: unknown) => `error: ${String(e)}`));
    return answers;
  }, state.url);
  for (const a of fromPage) expect(a === undefined || (typeof a === 'string' && a.startsWith('error:'))).toBe(true);
  // …while the message it may send is answered.
  expect(await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'ui/get-tab-state', tabId: id }), tabId)).toEqual(state);
  await options.close();

  // The content script sending something malformed, or asking for a tab's state: turned away.
  const fromContent = await inContentScript(
    page,
    ext.loaded.extensionId,
    `(async () => {
      const send = (m) => chrome.runtime.sendMessage(m).then((a) => a == null ? 'no answer' : JSON.stringify(a), (e) => 'error');
      return [
        await send({ type: 'content/unreadable', url: location.href }),
        await send({ type: 'content/scanning', url: 42 }),
        await send({ type: 'content/blocks', url: location.href, title: 'x', blocks: [{ id: 'a', text: 'x', role: 'villain' }], options: {} }),
        await send({ type: 'ui/get-tab-state', tabId: ${tabId} }),
        await send('content/scanning'),
      ];
    })()`,
  );
  expect(fromContent).toEqual(['no answer', 'no answer', 'no answer', 'no answer', 'no answer']);
  expect(await ext.loaded.sw.evaluate(() => chrome.storage.session.get(null))).toEqual(sessionBefore);
  expect(await ext.badge(page)).toEqual(badgeBefore);
  // A well-formed one from the same world still works: the router is wired, not deaf.
  const probe = await inContentScript(
    page,
    ext.loaded.extensionId,
    `chrome.runtime.sendMessage({ type: 'content/probe', url: location.href, title: document.title, blocks: [{ id: 'p', text: '$12 per month. Start free trial.', role: 'pricing' }], options: {} })`,
  );
  expect(probe).toHaveProperty('product');
});
