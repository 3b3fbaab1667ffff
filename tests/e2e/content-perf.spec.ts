// The 100,000-node page: Sceptic reads it without a single long task of its own.
import { activeTabId, claimWith, longTasksSince, markedTexts, recordLongTasks, reportWhere } from './content-helpers';
import { expect, test } from './harness';
import { resetStorage, setSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

/** Wait until the page has had no long task for a while: its own loading work is over. */
async function quiet(page: import('@playwright/test').Page, ms = 1500): Promise<number> {
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => performance.now());
    await page.waitForTimeout(ms);
    if ((await longTasksSince(page, now)).length === 0) return page.evaluate(() => performance.now());
  }
  throw new Error('the page never went quiet');
}

test('a 100,000-node page is read in slices: no long task from the scan, claims and footnote found', async ({ page, ext }) => {
  test.setTimeout(120_000);
  // Scan only when asked, so every long task after the request is the scan's.
  await setSettings(ext, { autoScan: false });
  await recordLongTasks(page);
  await page.goto(ext.url('fixtures/big.html'));
  const nodes = await page.evaluate(() => {
    let n = 0;
    const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (w.nextNode()) n++;
    return n;
  });
  expect(nodes).toBeGreaterThanOrEqual(100_000);
  const tabId = await activeTabId(ext, page);
  // Each run reads the page afresh. Long tasks are wall time: another test's browser on the same
  // cores can stretch any task, so the scan gets three runs and one of them must be clean; a step
  // of the scan that really blocks the page for 50 ms shows up in every run.
  const runs: Array<{ took: number; tasks: number[] }> = [];
  let r: Awaited<ReturnType<typeof reportWhere>> | undefined;
  for (let run = 0; run < 3; run++) {
    const since = await quiet(page);
    const at = (await ext.state(page)).status === 'ready' ? ((await ext.state(page)) as { at: number }).at : 0;
    const started = Date.now();
    await ext.loaded.sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ui/rescan' }), tabId);
    r = await reportWhere(ext, page, (s) => s.report.isProductPage && s.at > at, 60_000);
    const took = Date.now() - started;
    await expect.poll(() => markedTexts(page)).toContain('Build decks 10x faster with Slidewright.');
    await page.waitForTimeout(1000);
    runs.push({ took, tasks: (await longTasksSince(page, since)).map((t) => Math.round(t.duration)) });
    if (runs.at(-1)?.tasks.every((d) => d <= 50)) break;
  }
  test.info().annotations.push({
    type: 'measured',
    description: `${nodes} nodes; ${r?.report.counts.blocks} blocks; runs (ms to report, long tasks after the request): ${JSON.stringify(runs)}`,
  });
  console.log(test.info().annotations.at(-1)?.description);
  expect(runs.some((x) => x.tasks.every((d) => d <= 50))).toBe(true);
  if (!r) throw new Error('no report');

  claimWith(r.report, 'Build decks 10x faster with Slidewright.');
  claimWith(r.report, "The world's first AI presentation designer");
  // The pricing and the footnote at the very bottom are read even though the page holds far more than one scan keeps.
  const saves = claimWith(r.report, 'Saves 80% of your PPT work.');
  expect(saves.evidence.filter((e) => e.kind === 'footnote').map((e) => e.text)).toEqual(['Internal survey of 40 users, 2024.']);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
});

test('the 100,000-node page read as it opens gets its badge', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/big.html'));
  const r = await reportWhere(ext, page, (s) => s.report.isProductPage, 60_000);
  claimWith(r.report, 'Build decks 10x faster with Slidewright.');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
});
