// The background's judge keeps each tab's last reading, so that a page that changes in one
// place sends only that place (content/patch) and hears back only the claims that changed.
// Whatever the patches, the report is the one a whole reading gives, and the page's claims,
// updated with the answers, are the ones the whole report would give it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createJudge, type JudgeMeasure } from '../../entrypoints/background/judge';
import type { Patch } from '../../entrypoints/background/router';
import { scrape } from '../../entrypoints/content/scrape';
import { analyse } from '../../heuristics/index';
import type { TextBlock } from '../../heuristics/types';
import { type MarkedClaim, markedClaims } from '../../utils/protocol';

function blocksOf(file: string): TextBlock[] {
  const window = new Window({ url: 'http://localhost/', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  doc.write(readFileSync(fileURLToPath(new URL(`../../examples/${file}`, import.meta.url)), 'utf8'));
  const { blocks } = scrape(doc);
  void window.happyDOM.close();
  return blocks;
}

const PAGE = blocksOf('slidecraft.html');
const OTHER = blocksOf('weeklypilot.html');
const TEXTS = [
  'Now 5x faster than before.',
  'In a 2024 trial with 312 analysts, report time fell 31% compared with a control group.',
  'Export to PDF.',
  '100% accurate, guaranteed.',
  ...OTHER.map((b) => b.text),
];

const base = { url: 'https://vendor.test/', title: 'Vendor', options: {} };

/** The page's claims after applying an update to what it held. */
function applied(held: MarkedClaim[], update: { changed: MarkedClaim[]; removed: string[] }): MarkedClaim[] {
  const map = new Map(held.map((c) => [c.id, c]));
  for (const id of update.removed) map.delete(id);
  for (const c of update.changed) map.set(c.id, c);
  return [...map.values()];
}

const byId = (claims: MarkedClaim[]) => [...claims].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('createJudge', () => {
  it('patches give the report a whole reading gives, and updates bring the page to the same claims', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.nat({ max: PAGE.length - 1 }), fc.constantFrom(...TEXTS)), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (rounds) => {
          const judge = createJudge();
          let blocks = PAGE;
          const first = judge.analyse(1, { ...base, blocks, fresh: true, seq: 0 });
          let held = markedClaims(first.claims) ?? [];
          let seq = 0;
          for (const edits of rounds) {
            const next = blocks.slice();
            const changes: Patch['changes'] = [];
            for (const [at, text] of edits) {
              const block = { ...(next[at] as TextBlock), text };
              next[at] = block;
              changes.push({ at, block });
            }
            const patched = judge.patch(1, { ...base, seq: seq + 1, base: seq, count: blocks.length, changes });
            if (!patched) throw new Error('the judge lost the reading');
            seq++;
            blocks = next;
            const whole = analyse(blocks);
            expect(patched.report).toEqual(whole);
            held = applied(held, patched.update);
            expect(byId(held)).toEqual(byId(markedClaims(whole.claims) ?? []));
            expect(patched.update.count).toBe((markedClaims(whole.claims) ?? []).length);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers a one-block change with the claims of that block alone', () => {
    const judge = createJudge();
    judge.analyse(1, { ...base, blocks: PAGE, fresh: true, seq: 7 });
    const at = PAGE.findIndex((b) => b.role === 'feature' && analyse([b]).claims.length === 0);
    const block = { ...(PAGE[at] as TextBlock), text: 'Write decks 10x faster.' };
    const patched = judge.patch(1, { ...base, seq: 8, base: 7, count: PAGE.length, changes: [{ at, block }] });
    expect(patched?.update.changed.map((c) => c.text)).toEqual(['Write decks 10x faster.']);
    expect(patched?.update.removed).toEqual([]);
  });

  it('asks for the whole page when it does not hold the reading a patch builds on', () => {
    const judge = createJudge();
    const change = { at: 0, block: PAGE[0] as TextBlock };
    expect(judge.patch(1, { ...base, seq: 1, base: 0, count: PAGE.length, changes: [change] })).toBeNull();
    judge.analyse(1, { ...base, blocks: PAGE, fresh: true, seq: 3 });
    expect(judge.patch(1, { ...base, seq: 5, base: 4, count: PAGE.length, changes: [change] })).toBeNull();
    expect(judge.patch(1, { ...base, seq: 4, base: 3, count: PAGE.length + 1, changes: [change] })).toBeNull();
    expect(judge.patch(1, { ...base, seq: 4, base: 3, count: PAGE.length, changes: [{ at: PAGE.length, block: change.block }] })).toBeNull();
    // A reading sent without a number cannot be patched.
    judge.analyse(1, { ...base, blocks: PAGE });
    expect(judge.patch(1, { ...base, seq: 4, base: 3, count: PAGE.length, changes: [change] })).toBeNull();
    judge.analyse(1, { ...base, blocks: PAGE, seq: 9 });
    expect(judge.patch(1, { ...base, seq: 10, base: 9, count: PAGE.length, changes: [change] })).not.toBeNull();
    judge.forget(1);
    expect(judge.patch(1, { ...base, seq: 11, base: 10, count: PAGE.length, changes: [change] })).toBeNull();
  });

  it('keeps a page through a first look at another page, and a few tabs at most', () => {
    const judge = createJudge({ maxTabs: 2 });
    judge.analyse(1, { ...base, blocks: PAGE, fresh: true, seq: 0 });
    judge.analyse(1, { ...base, blocks: OTHER.slice(0, 5), probe: true });
    const change = { at: 0, block: PAGE[0] as TextBlock };
    expect(judge.patch(1, { ...base, seq: 1, base: 0, count: PAGE.length, changes: [change] })).not.toBeNull();
    judge.analyse(2, { ...base, blocks: OTHER, fresh: true, seq: 0 });
    judge.analyse(3, { ...base, blocks: OTHER, fresh: true, seq: 0 });
    expect(judge.size).toBe(2);
    expect(judge.patch(1, { ...base, seq: 2, base: 1, count: PAGE.length, changes: [change] })).toBeNull();
  });

  it('measures what it judged and reused', () => {
    const seen: JudgeMeasure[] = [];
    let t = 0;
    const judge = createJudge({ measure: (m) => seen.push(m), now: () => (t += 5) });
    judge.analyse(1, { ...base, blocks: PAGE, fresh: true, seq: 0 });
    judge.patch(1, { ...base, seq: 1, base: 0, count: PAGE.length, changes: [{ at: 3, block: { ...(PAGE[3] as TextBlock), text: 'Now 5x faster.' } }] });
    expect(seen.map((m) => m.mode)).toEqual(['full', 'patch']);
    expect(seen[1]).toMatchObject({ blocks: PAGE.length, judged: 1, reused: PAGE.length - 1, ms: 5 });
  });
});

describe('frames of other origins', () => {
  const page: TextBlock[] = [
    { id: 'h', role: 'hero', text: 'Inkwell AI, a writing assistant for small teams.' },
    { id: 'p', role: 'pricing', text: 'Start your free trial. Team plan: $15 per user per month.' },
  ];
  const frame: TextBlock[] = [
    { id: 'a', role: 'body', text: 'Inkwell replaces your entire content team.' },
    { id: 'b', role: 'body', text: "The world's first AI writer that never makes a mistake." },
  ];

  it('judges a frame’s copy with the page, under the page’s address, and again when the page is read again', () => {
    const judge = createJudge();
    expect(judge.frame(1, 5, frame)).toBeNull(); // no page read yet: kept for when it is
    const report = judge.analyse(1, { url: 'https://inkwell.example/', title: 'Inkwell', blocks: page, options: {}, seq: 1 });
    expect(report.claims.filter((c) => c.blockId.startsWith('frame5:')).map((c) => c.text)).toEqual(frame.map((b) => b.text));
    const again = judge.frame(1, 5, frame.slice(0, 1));
    expect(again?.url).toBe('https://inkwell.example/');
    expect(again?.report.claims.filter((c) => c.blockId.startsWith('frame5:'))).toHaveLength(1);
    judge.forget(1);
    expect(
      judge.analyse(1, { url: 'https://inkwell.example/', title: 'Inkwell', blocks: page, options: {} }).claims.some((c) => c.blockId.startsWith('frame')),
    ).toBe(false);
  });

  it('never makes a page a product page by a frame’s copy alone', () => {
    const judge = createJudge();
    const news: TextBlock[] = [
      { id: 'h', role: 'hero', text: 'City council approves the new library budget.' },
      { id: 'b', role: 'body', text: 'The vote was seven to two after a long debate on Tuesday night.' },
    ];
    judge.frame(2, 3, [...page.map((b) => ({ ...b })), ...frame]);
    const report = judge.analyse(2, { url: 'https://news.example/', title: 'News', blocks: news, options: {} });
    expect(report.isProductPage).toBe(false);
  });
});
