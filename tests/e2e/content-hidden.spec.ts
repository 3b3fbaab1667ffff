// Copy the reader does not see all at once: tabs, carousels, shadow DOM and frames.
import { boxes, cardBox, cardText, claimTexts, claimWith, domSnapshot, hoverText, markedTexts, marks, tell } from './content-helpers';
import { expect, test } from './harness';

const footnotes = (c: { evidence: Array<{ kind: string; text: string }> }) => c.evidence.filter((e) => e.kind === 'footnote').map((e) => e.text);

test('a tabbed feature section: every tab is read, and "show on page" points at the tab that holds a hidden claim', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/tabs.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const texts = claimTexts(state.report);
  expect(texts).toEqual(
    expect.arrayContaining([
      "The world's first AI paralegal for small firms.",
      'Drafts contracts in 10 seconds.¹',
      'Reviews contracts 5x faster than a junior associate.',
      'Cuts research time by 60%.',
    ]),
  );
  // The footnote at the bottom of the page belongs to the claim in the first tab.
  expect(footnotes(claimWith(state.report, 'Drafts contracts in 10 seconds'))).toEqual([
    'Median drafting time for a two-page NDA in our 2024 benchmark of 300 contracts.',
  ]);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  // Hidden tabs' claims are marked too: the marks show as soon as the tab opens.
  expect(await markedTexts(page)).toEqual(expect.arrayContaining(['Reviews contracts 5x faster than a junior associate.', 'Cuts research time by 60%.']));

  // "Show on page" for a claim in a closed tab flashes the tab's own button.
  const hidden = claimWith(state.report, 'Reviews contracts 5x faster');
  expect(await tell(ext, page, { type: 'ui/show-claim', claimId: hidden.id })).toEqual({ shown: true });
  await expect.poll(async () => (await marks(page))['sceptic-flash'] ?? []).toEqual(['Review']);

  // The page's own tabs still work, and switching tabs changes no report.
  await page.getByRole('tab', { name: 'Research' }).click();
  await expect(page.getByText('Cuts research time by 60%.')).toBeVisible();
  expect(await page.evaluate(() => (window as Window & { switches?: number }).switches)).toBe(1);
  await page.waitForTimeout(2500);
  const after = await ext.state(page);
  expect(after.status === 'ready' && claimTexts(after.report).sort()).toEqual(texts.sort());
});

test('a carousel: every slide read once, its clones skipped, the page’s carousel still turning and its boxes unmoved', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/carousel.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const texts = claimTexts(state.report);
  expect(texts).toEqual(
    expect.arrayContaining([
      '“Answer customer emails 3x faster with AI drafts.”',
      '“Saves our sales team 10 hours every week.”',
      '“Our model is 95% accurate on every accent we tested.”',
    ]),
  );
  expect(texts.filter((t) => t.includes('Saves our sales team'))).toHaveLength(1);
  expect(claimWith(state.report, 'Saves our sales team').role).toBe('testimonial');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  const before = await page.evaluate(() => (window as Window & { advances?: number }).advances ?? 0);
  await page.waitForTimeout(1600);
  expect(await page.evaluate(() => (window as Window & { advances?: number }).advances ?? 0)).toBeGreaterThan(before);
  // Marks on and off: the DOM and the layout are the same (the carousel paused to compare like with like).
  await page.evaluate(() => {
    const w = window as Window & { setInterval: typeof setInterval };
    for (let i = 0; i < 10_000; i++) w.clearInterval(i);
  });
  await page.waitForTimeout(400);
  const on = { boxes: await boxes(page), dom: await domSnapshot(page) };
  await tell(ext, page, { type: 'ui/set-marks', on: false });
  expect(await markedTexts(page)).toEqual([]);
  expect(await boxes(page)).toEqual(on.boxes);
  expect(await domSnapshot(page)).toEqual(on.dom);
});

test('shadow DOM: open and closed shadow roots and slotted content are read and marked', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/shadow-dom.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const texts = claimTexts(state.report);
  expect(texts).toEqual(
    expect.arrayContaining([
      'Write research briefs 10x faster.',
      'Quorvia reads 200 sources in 30 seconds.',
      'Replaces your entire research team.',
      'Our AI never makes mistakes.',
    ]),
  );
  expect(claimWith(state.report, 'Write research briefs').role).toBe('hero');
  // <sup><a href="#note-1"> inside the shadow root points to a note in the same shadow root.
  expect(footnotes(claimWith(state.report, 'Write research briefs'))).toEqual(['Measured on 40 briefs by our own team, March 2024.']);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  expect(await markedTexts(page)).toEqual(
    expect.arrayContaining(['Write research briefs 10x faster.', 'Replaces your entire research team.', 'Our AI never makes mistakes.']),
  );
  // The hover card finds marks inside shadow roots too.
  await hoverText(page, 'Write research');
  await expect.poll(() => cardBox(page)).not.toBeNull();
  expect(await cardText(page)).toContain('Ask the vendor:');
});

test('a same-origin iframe: its claims are read and marked inside the frame', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/iframe.html'));
  await page.frameLocator('#reviews').getByText('Ledgerline cut our month-end').waitFor();
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const r = await (async () => {
    // The frame may finish loading after the first read; Sceptic reads it again when it does.
    for (let i = 0; i < 40; i++) {
      const s = await ext.state(page);
      if (s.status === 'ready' && claimTexts(s.report).some((t) => t.includes('month-end close by 70%'))) return s.report;
      await page.waitForTimeout(250);
    }
    throw new Error('the frame was never read');
  })();
  expect(claimWith(r, 'month-end close by 70%').role).toBe('testimonial');
  expect(footnotes(claimWith(r, 'month-end close by 70%'))).toEqual(['Reported by the customer; not independently checked.']);
  claimWith(r, 'Reduce churn by 25% in 90 days');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  const inFrame = await page
    .frameLocator('#reviews')
    .locator('body')
    .evaluate(() => {
      const out: string[] = [];
      for (const [name, h] of CSS.highlights) if (String(name).startsWith('sceptic-')) out.push(...[...h].map((x) => x.toString()));
      return out;
    });
  expect(inFrame.some((t) => t.startsWith('“Ledgerline cut our month-end close by 70%.”'))).toBe(true);
});
