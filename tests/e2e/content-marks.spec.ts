// Marks in the page: drawn without touching the page's DOM or layout, explained on hover,
// switched on and off, shown on request; and the settings the content script honours.
import { activeTabId, boxes, cardBox, cardText, claimWith, domSnapshot, hoverText, markedTexts, marks, reportWhere, tell } from './content-helpers';
import { expect, test } from './harness';
import { resetStorage, setSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

test('marks change neither the DOM nor a single layout box, on or off', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  await expect.poll(() => markedTexts(page)).toContain('Saves 80% of your PPT work.');
  const on = { boxes: await boxes(page), dom: await domSnapshot(page) };
  expect(await tell(ext, page, { type: 'ui/set-marks', on: false })).toMatchObject({ on: false, supported: true });
  expect(await markedTexts(page)).toEqual([]);
  expect(await boxes(page)).toEqual(on.boxes);
  expect(await domSnapshot(page)).toEqual(on.dom);
  const state = (await tell(ext, page, { type: 'ui/set-marks', on: true })) as { on: boolean; count: number };
  expect(state.on).toBe(true);
  expect(state.count).toBeGreaterThan(5);
  expect(await markedTexts(page)).toContain('Saves 80% of your PPT work.');
  expect(await boxes(page)).toEqual(on.boxes);
});

test('hovering a mark opens a card with the verdict, the note and the question; it never moves the page', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const claim = claimWith(state.report, 'Saves 80% of your PPT work');
  const before = await boxes(page);
  await hoverText(page, 'Saves ');
  await expect.poll(() => cardBox(page)).not.toBeNull();
  const text = await cardText(page);
  const verdict = { unsupported: 'Unsupported', weak: 'Weakly supported', supported: 'Supported' }[claim.verdict];
  expect(text).toContain(verdict);
  expect(text).toContain(claim.flags[0]?.question ?? 'Ask the vendor');
  expect(text).toContain('Ask the vendor:');
  // The hovered claim is outlined, and the card sits below or above it inside the viewport.
  expect((await marks(page))['sceptic-hover']).toEqual(['Saves 80% of your PPT work.']);
  const box = await cardBox(page);
  expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 900).toBe(true);
  expect(await boxes(page)).toEqual(before);
  // Away from the mark, the card goes.
  await page.mouse.move(5, 890);
  await expect.poll(() => cardBox(page)).toBeNull();
  expect((await marks(page))['sceptic-hover']).toBeUndefined();
});

test('the hover card adds no node the page can see: its MutationObserver records nothing and its selectors find no card', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const before = await boxes(page);
  const tree = () => page.evaluate(() => [...document.querySelectorAll('*')].map((e) => e.localName).join(' '));
  const treeBefore = await tree();
  await page.evaluate(() => {
    const w = window as Window & { __records?: number };
    w.__records = 0;
    new MutationObserver((list) => {
      w.__records = (w.__records ?? 0) + list.length;
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await hoverText(page, 'Saves ');
  await expect.poll(() => cardBox(page)).not.toBeNull();
  expect(await cardText(page)).toContain('Ask the vendor:');
  expect(await page.evaluate(() => (window as Window & { __records?: number }).__records)).toBe(0);
  expect(await tree()).toBe(treeBefore);
  expect(await boxes(page)).toEqual(before);
  await page.mouse.move(5, 890);
  await expect.poll(() => cardBox(page)).toBeNull();
  expect(await page.evaluate(() => (window as Window & { __records?: number }).__records)).toBe(0);
});

test('"show on page" scrolls to a claim and flashes it', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const far =
    [...state.report.claims].reverse().find((c) => c.role === 'testimonial' || c.role === 'pricing') ?? state.report.claims[state.report.claims.length - 1];
  if (!far) throw new Error('no claims');
  expect(await page.evaluate(() => scrollY)).toBe(0);
  expect(await tell(ext, page, { type: 'ui/show-claim', claimId: far.id })).toEqual({ shown: true });
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300);
  await expect.poll(async () => (await marks(page))['sceptic-flash'] ?? []).toEqual([far.text]);
  expect(await tell(ext, page, { type: 'ui/show-claim', claimId: 'no-such-claim' })).toEqual({ shown: false });
});

test('marks start off when the settings say so, and the popup can switch them on', async ({ page, ext }) => {
  await setSettings(ext, { marksDefault: false });
  await page.goto(ext.url('examples/slidecraft.html'));
  const state = await ext.settled(page);
  expect(state.status).toBe('ready');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  expect(await markedTexts(page)).toEqual([]);
  await tell(ext, page, { type: 'ui/set-marks', on: true });
  expect(await markedTexts(page)).toContain('Saves 80% of your PPT work.');
});

test('with automatic scanning off, a page is read only when asked', async ({ page, ext }) => {
  await setSettings(ext, { autoScan: false });
  await page.goto(ext.url('examples/slidecraft.html'));
  await page.waitForTimeout(1500);
  const tabId = await activeTabId(ext, page);
  expect(await ext.loaded.sw.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId)).toEqual({});
  expect(await markedTexts(page)).toEqual([]);
  expect(await ext.loaded.sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ui/rescan' }), tabId)).toEqual({ ok: true });
  const r = await reportWhere(ext, page, (s) => s.report.grade !== null);
  claimWith(r.report, 'Saves 80% of your PPT work');
  await expect.poll(() => markedTexts(page)).toContain('Saves 80% of your PPT work.');
});

test('a site switched off is not read', async ({ page, ext }) => {
  await setSettings(ext, { disabledSites: ['127.0.0.1'] });
  await page.goto(ext.url('examples/slidecraft.html'));
  await page.waitForTimeout(1500);
  const tabId = await activeTabId(ext, page);
  expect(await ext.loaded.sw.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId)).toEqual({});
  expect(await markedTexts(page)).toEqual([]);
});

test('sensitivity and switched-off rubrics reach the engine, and a change re-judges the open page', async ({ page, ext }) => {
  await setSettings(ext, { disabledRubrics: ['R2'] });
  await page.goto(ext.url('examples/slidecraft.html'));
  const first = await reportWhere(ext, page, () => true);
  expect(first.report.claims.flatMap((c) => c.flags).some((f) => f.rubric === 'R2')).toBe(false);
  await setSettings(ext, { disabledRubrics: [] });
  const second = await reportWhere(ext, page, (s) => s.at > first.at);
  expect(second.report.claims.flatMap((c) => c.flags).some((f) => f.rubric === 'R2')).toBe(true);
  await setSettings(ext, { sensitivity: 'lenient' });
  const lenient = await reportWhere(ext, page, (s) => s.at > second.at);
  expect(lenient.report.counts.supported + lenient.report.counts.weak).toBeGreaterThanOrEqual(second.report.counts.supported + second.report.counts.weak);
});
