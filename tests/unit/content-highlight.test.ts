// Marks are drawn from the offsets the scraper keeps: every character of a block's text must
// map back to the text node it came from, whatever the markup does with whitespace and tags.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findText, rangeFor } from '../../entrypoints/content/highlight';
import { CARD_WORDS, cardText } from '../../entrypoints/content/hovercard';
import { scrape } from '../../entrypoints/content/scrape';
import { EVIDENCE_KINDS } from '../../heuristics/types';
import { el, page } from './scrape-helpers';

const WS = /[\s\u00a0\u3000\u202f\u2007]/gu;
const ZW = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
// Blocks may hold spaces no node has (between a stat's figure and its label): compare without whitespace.
const flat = (t: string) => t.replace(ZW, '').replace(WS, '');

const word = fc.stringMatching(/^[A-Za-z0-9%$.,]{1,8}$/);
const space = fc.constantFrom('', ' ', '  ', '\n    ', '\t', '\u00a0', '\u200b', '\u00ad', ' \u200b ');
const piece = fc.record({ before: space, text: word, after: space, wrap: fc.constantFrom(null, 'span', 'b', 'a', 'em', 'small') });

describe('offsets from block text back to the page', () => {
  it('map every segment onto the characters it came from', () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const doc = page('<body></body>');
        for (const pieces of paragraphs) {
          const p = el(doc, 'p');
          for (const x of pieces) {
            const content = `${x.before}${x.text}${x.after}`;
            p.append(x.wrap ? el(doc, x.wrap, x.wrap === 'a' ? { href: '/x' } : {}, content) : doc.createTextNode(content));
          }
          doc.body.append(p);
        }
        const s = scrape(doc);
        for (const b of s.blocks) {
          const src = s.sources.get(b.id);
          if (!src) continue;
          for (const seg of src.segments) {
            const from = seg.node.data.slice(seg.offset, seg.offset + seg.length).replace(WS, ' ');
            expect(b.text.slice(seg.start, seg.start + seg.length)).toBe(from);
          }
          // The whole block, and any span of it, comes back as a DOM range with the same words.
          expect(flat(rangeFor(src, 0, b.text.length)?.toString() ?? '')).toBe(flat(b.text));
          const mid = Math.floor(b.text.length / 2);
          const r = rangeFor(src, mid, b.text.length);
          if (flat(b.text.slice(mid))) expect(flat(r?.toString() ?? '')).toBe(flat(b.text.slice(mid)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('join a figure only to the element right after it, so a skipped line never lands inside the range', () => {
    // A one-character paragraph is too short to be a block; the figures either side of it are not a stat card.
    const doc = page('<div><p>00</p><p>a</p><p>$%</p></div>');
    const s = scrape(doc);
    for (const b of s.blocks) {
      const src = s.sources.get(b.id);
      if (src) expect(flat(rangeFor(src, 0, b.text.length)?.toString() ?? '')).toBe(flat(b.text));
    }
    const card = scrape(page('<div class="stat"><p>80%</p><p>less time on decks</p></div>'));
    expect(card.blocks.map((b) => b.text)).toContain('80% less time on decks');
  });

  it('find a claim split across spans and stop at its end', () => {
    const doc = page('<p>Intro. Saves <span>8</span><span>0</span>% of your <b>PPT</b> work. Outro.</p>');
    const s = scrape(doc);
    const b = s.blocks[0];
    const src = b && s.sources.get(b.id);
    if (!b || !src) throw new Error('no block');
    const start = b.text.indexOf('Saves');
    const end = b.text.indexOf('work.') + 'work.'.length;
    expect(rangeFor(src, start, end)?.toString()).toBe('Saves 80% of your PPT work.');
  });

  it('give no range once the text is gone', () => {
    const doc = page('<p id="p">Claim that will vanish.</p>');
    const s = scrape(doc);
    const src = s.sources.get(s.blocks[0]?.id ?? '');
    if (!src) throw new Error('no source');
    (doc.getElementById('p') as HTMLElement).replaceChildren(doc.createTextNode('Something else'));
    expect(rangeFor(src, 0, 5)).toBeNull();
  });
});

describe('hover card text', () => {
  const base = { id: 'b1:0', blockId: 'b1', text: 'Saves 80% of your time.', span: [0, 23] as [number, number], score: 12 };
  it('leads with the most severe flag', () => {
    const t = cardText({
      ...base,
      verdict: 'unsupported',
      missing: ['baseline'],
      flags: [
        { title: 'Minor thing', note: 'minor note', question: 'minor?', severity: 'minor' },
        { title: 'A percentage with nothing to compare it to', note: 'Eighty per cent of what?', question: 'What was the baseline?', severity: 'major' },
      ],
    });
    expect(t).toEqual({
      verdict: 'Unsupported',
      title: 'A percentage with nothing to compare it to',
      note: 'Eighty per cent of what?',
      question: 'What was the baseline?',
      more: 1,
    });
  });
  it('says what evidence is missing when no rule fired', () => {
    const t = cardText({ ...base, verdict: 'weak', missing: ['sample', 'date'], flags: [] });
    expect(t.note).toBe('The page does not say who was measured or when.');
    expect(t.question).toBe('Can you tell me who was measured and when?');
  });

  const zhFlag = {
    title: 'A percentage with nothing to compare it to',
    note: 'Eighty per cent of what?',
    question: 'What was the baseline?',
    severity: 'major' as const,
    zh: { title: '只有百分比，没有比较对象', note: '百分比离不开“相对什么”。', question: '这个数字是相对什么而言？' },
  };

  it('speaks Chinese for a Chinese interface: the flag’s own Chinese note and question', () => {
    const t = cardText({ ...base, verdict: 'unsupported', missing: ['baseline'], flags: [zhFlag, { ...zhFlag, severity: 'minor' }] }, 'zh');
    expect(t).toEqual({
      verdict: '无依据',
      title: '只有百分比，没有比较对象',
      note: '百分比离不开“相对什么”。',
      question: '这个数字是相对什么而言？',
      more: 1,
    });
    // The English interface keeps the English texts of the same flag.
    expect(cardText({ ...base, verdict: 'unsupported', missing: [], flags: [zhFlag] }, 'en').note).toBe('Eighty per cent of what?');
  });

  it('falls back to the English note of a flag that has no Chinese (a report from before)', () => {
    const { zh: _, ...old } = zhFlag;
    const t = cardText({ ...base, verdict: 'unsupported', missing: [], flags: [old] }, 'zh');
    expect(t.verdict).toBe('无依据');
    expect(t.note).toBe('Eighty per cent of what?');
  });

  it('says in Chinese what evidence is missing, and when a claim is backed', () => {
    const t = cardText({ ...base, verdict: 'weak', missing: ['sample', 'method', 'date'], flags: [] }, 'zh');
    expect(t.note).toBe('页面没有说明测了哪些人、怎么测的或什么时候测的。');
    expect(t.question).toBe('能否说明测了哪些人、怎么测的和什么时候测的？');
    const backed = cardText({ ...base, verdict: 'supported', missing: [], flags: [] }, 'zh');
    expect(backed.verdict).toBe('有依据');
    expect(backed.question).toBe('');
  });

  it('has words for every kind of missing evidence in both languages', () => {
    for (const lang of ['en', 'zh'] as const) for (const k of EVIDENCE_KINDS) expect(CARD_WORDS[lang].missing[k], `${lang} ${k}`).toBeTruthy();
    for (const k of EVIDENCE_KINDS) expect(CARD_WORDS.zh.missing[k]).toMatch(/[\u3400-\u9fff]/u);
  });
});

describe('finding the page’s own words for a checklist point', () => {
  const blocks = [
    { id: 'b0', text: 'Plans for every team' },
    { id: 'b1', text: 'Team: $30 per user per month, billed yearly.' },
    { id: 'b2', text: 'Made for finance teams who close the books by hand.' },
  ];

  it('finds the words where they stand and gives offsets into the block', () => {
    expect(findText(blocks, '$30 per user per month')).toEqual({ blockId: 'b1', start: 6, end: 28 });
    const found = findText(blocks, ' billed yearly ');
    expect(blocks[1]?.text.slice(found?.start, found?.end)).toBe('billed yearly');
  });

  it('finds a long text by its opening words', () => {
    const long = { id: 'b3', text: `Limitations: ${'it reads printed invoices well and handwritten ones poorly; '.repeat(5)}` };
    expect(findText([...blocks, long], long.text.slice(0, 160))?.blockId).toBe('b3');
    // Cut where the page's text goes on differently (a quote mark, an ellipsis): the opening words still find it.
    expect(findText([...blocks, long], `${long.text.slice(0, 70)}…”`)?.blockId).toBe('b3');
  });

  it('finds nothing in blocks that do not hold the words, or for empty words', () => {
    expect(findText(blocks, 'lifetime deal')).toBeNull();
    expect(findText(blocks, '   ')).toBeNull();
    expect(findText([], 'Team')).toBeNull();
  });
});
