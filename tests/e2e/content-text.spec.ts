// Fixture pages whose difficulty is in their text: footnotes, split numbers, Chinese,
// right-to-left with emoji, a strict CSP, and pages that are not product pages.
import { claimTexts, claimWith, markedTexts } from './content-helpers';
import { expect, test } from './harness';

const footnotes = (c: { evidence: Array<{ kind: string; text: string }> }) => c.evidence.filter((e) => e.kind === 'footnote').map((e) => e.text);
const studyLinks = (c: { evidence: Array<{ where: string; text: string }> }) => c.evidence.filter((e) => e.where === 'link').map((e) => e.text);

test('footnoted claims carry their footnotes and the study linked beside them', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/footnotes.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const r = state.report;
  const footnotesOf = (part: string) =>
    claimWith(r, part)
      .evidence.filter((e) => e.kind === 'footnote')
      .map((e) => e.text);

  // "*" → the small print that starts with "*" (the second footnote in that paragraph is "†").
  expect(footnotesOf('Resolve support tickets 40% faster')).toEqual([
    'Median across 14 customers, January to March 2024, compared with the quarter before they started.',
  ]);
  // <sup><a href="#fn-1">1</a></sup> → the first note, its marker kept out of the claim's text.
  expect(claimTexts(r)).toContain('Cut first-response time by 52%.');
  expect(footnotesOf('first-response time')[0]).toMatch(/^Measured on 38,000 tickets at 14 companies/);
  // "†" → the second footnote of the same small print.
  expect(footnotesOf('Customer satisfaction rose 30%')).toEqual(['Internal survey of 20 customers.']);
  // "¹" → the footnote that starts with "¹".
  expect(footnotesOf('97% accurate')).toEqual(['Internal benchmark on 500 billing tickets, May 2024.']);
  // "[2]" → the second item of the notes list, with its arXiv link.
  expect(footnotesOf('handling time by 31%')[0]).toMatch(/^Northfield Institute \(2024\), randomized controlled trial/);
  // The PDF right after the claim counts as a link to a study.
  expect(claimWith(r, 'handling time by 31%').evidence.some((e) => e.where === 'link' && e.text === 'Read the study (PDF)')).toBe(true);
  // A claim with nothing behind it gets nothing.
  expect(claimWith(r, 'Trusted by 12,000').evidence.filter((e) => e.where === 'footnote' || e.where === 'link')).toEqual([]);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  // Marks cover each claim as it stands, the <sup> marker inside the range included.
  const marked = await markedTexts(page);
  expect(marked.some((t) => t.startsWith('Resolve support tickets 40% faster.'))).toBe(true);
  expect(marked).toContain('Cut first-response time by 52%1.');
});

test('numbers split across spans, zero-width spaces and stat cards are read as the reader sees them', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/split-numbers.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const texts = claimTexts(state.report);
  expect(texts).toEqual(
    expect.arrayContaining([
      'Saves 80% of your PPT work.',
      'Generate a full pitch deck in 30 seconds.',
      '10x faster deck building',
      '40% fewer revision rounds',
      'Trusted by 12,000 teams at fast-growing companies.',
    ]),
  );
  // The mark covers exactly the claim, across the spans it is split into.
  const marked = await markedTexts(page);
  expect(marked).toContain('Saves 80% of your PPT work.');
  expect(marked.map((t) => t.replace(/\s+/g, ' '))).toContain('Trusted by 12,000 teams at fast-growing companies.');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
});

test('a Chinese page is read in Chinese, its split number joined', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/zh.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  expect(state.report.lang).toBe('zh');
  const texts = claimTexts(state.report);
  expect(texts.some((t) => t.includes('效率提升10倍'))).toBe(true);
  expect(texts.some((t) => t.includes('节省80%的时间'))).toBe(true);
  expect(footnotes(claimWith(state.report, '节省80%的时间'))).toEqual(['基于2024年3月对120名用户的内部调研。']);
  expect(texts.some((t) => t.includes('全球首个'))).toBe(true);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  expect((await markedTexts(page)).some((t) => t.includes('节省80%的时间'))).toBe(true);
});

test('right-to-left text with emoji: claims found and marked to the character', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/rtl.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  const claim = claimWith(state.report, 'Ship landing pages 10x faster');
  expect(claim.text).toBe('🚀 Ship landing pages 10x faster with Nassaq AI 🎯.');
  claimWith(state.report, 'Reduce churn by 25% in 90 days.');
  // The arXiv link under the claim, written in Arabic with an emoji, is handed over with it.
  expect(studyLinks(claim)).toContain('📄 دراسة — arXiv:2501.00001');
  const marked = await markedTexts(page);
  expect(marked).toContain('🚀 Ship landing pages 10x faster with Nassaq AI 🎯.');
  expect(marked.some((t) => t.includes('👩‍💻 Reduce churn by 25% in 90 days.'))).toBe(true);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
});

test('a page under a strict CSP is read, marked and styled, and its blocked script stays blocked', async ({ page, ext }) => {
  await page.goto(ext.url('fixtures/strict.csp.html'));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(state.status);
  expect(claimTexts(state.report).some((t) => t.startsWith('99.9% accurate contract review.'))).toBe(true);
  claimWith(state.report, 'Replaces your entire research team.');
  expect(footnotes(claimWith(state.report, '99.9% accurate'))).toEqual(['Accuracy on our internal test set of 1,000 clauses, 2024.']);
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
  expect((await markedTexts(page)).some((t) => t.startsWith('99.9% accurate contract review.'))).toBe(true);
  // The marks' colours apply under the CSP (the manifest's stylesheet is not the page's to block).
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1') as Element, '::highlight(sceptic-unsupported)').backgroundColor)).toBe(
    'rgba(207, 34, 46, 0.2)',
  );
  expect(await page.evaluate(() => (window as Window & { inlineScriptRan?: boolean }).inlineScriptRan)).toBeUndefined();
});

for (const [file, what] of [
  ['docs.html', 'a documentation page'],
  ['news.html', 'a news article quoting a vendor'],
] as const) {
  test(`${what} gets no grade and no marks`, async ({ page, ext }) => {
    await page.goto(ext.url(`fixtures/${file}`));
    const state = await ext.settled(page);
    if (state.status !== 'ready') throw new Error(state.status);
    expect(state.report.isProductPage).toBe(false);
    expect(state.report.grade).toBeNull();
    expect((await ext.badge(page)).text).toBe('');
    expect(await markedTexts(page)).toEqual([]);
  });
}
