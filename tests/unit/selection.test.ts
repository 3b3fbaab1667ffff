// A selection checked from the context menu: kept under its own key, the last few only, read
// back safely, and turned into blocks with the lines a PDF broke joined again.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../heuristics/index';
import { CHECK_PREFIX, checkKey, isCheckId, MAX_KEPT, MAX_SELECTION, newCheckId, parseSelection, selectionBlocks, staleChecks } from '../../utils/selection';

describe('a selection kept for its check page', () => {
  it('gets an id of its own that the page accepts, and nothing else passes for one', () => {
    const a = newCheckId(1_700_000_000_000, () => 0.1);
    const b = newCheckId(1_700_000_000_000, () => 0.2);
    expect(a).not.toBe(b);
    expect(isCheckId(a)).toBe(true);
    for (const bad of ['', '../tab:1', 'tab:1', `${a}x`, 'a'.repeat(40), 1, null]) expect(isCheckId(bad)).toBe(false);
    expect(checkKey(a)).toBe(`${CHECK_PREFIX}${a}`);
  });

  it('reads back what was stored and refuses damaged entries', () => {
    expect(parseSelection({ text: 'x', url: 'https://a.test/', title: 'A', at: 1 })).toEqual({ text: 'x', url: 'https://a.test/', title: 'A', at: 1 });
    for (const bad of [null, 'x', [], { text: 1, url: '', title: '', at: 1 }, { text: 'x', url: '', title: '', at: Number.NaN }, { text: 'x' }])
      expect(parseSelection(bad)).toBeNull();
    expect(parseSelection({ text: 'y'.repeat(MAX_SELECTION + 10), url: '', title: '', at: 1 })?.text).toHaveLength(MAX_SELECTION);
  });

  it('keeps the newest few: before one more is stored, the oldest go', () => {
    const keys = Array.from({ length: MAX_KEPT + 3 }, (_, i) => checkKey(newCheckId(1_700_000_000_000 + i * 1000, () => 0.5)));
    const shuffled = [...keys].reverse().concat(['tab:3', 'marks:3', 'check:forged']);
    const stale = staleChecks(shuffled);
    expect(stale).toEqual(keys.slice(0, 4));
    expect(staleChecks(keys.slice(0, 3))).toEqual([]);
  });
});

describe('the selection as blocks', () => {
  it('joins a sentence a PDF broke across lines, keeps paragraphs and bullets apart', () => {
    const text =
      'Our assistant cuts the time spent on monthly\nreports by 80% for finance teams.\n\nKey features:\n• Drafts in seconds\n• Works with Excel\n- Integrates with 200 tools';
    const blocks = selectionBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual([
      'Our assistant cuts the time spent on monthly reports by 80% for finance teams.',
      'Key features:',
      'Drafts in seconds',
      'Works with Excel',
      'Integrates with 200 tools',
    ]);
    for (const b of blocks) expect(b.role).toBe('body');
  });

  it('does not join lines that each end or begin a sentence, or a short Chinese heading to its text', () => {
    expect(selectionBlocks('Save 80% of your time.\nTry it free').map((b) => b.text)).toEqual(['Save 80% of your time.', 'Try it free']);
    expect(selectionBlocks('一键生成周报\n告别加班').map((b) => b.text)).toEqual(['一键生成周报', '告别加班']);
    expect(selectionBlocks('我们的智能助手可以帮助企业财务团队在月底结账时节省\n超过一半的时间。').map((b) => b.text)).toEqual([
      '我们的智能助手可以帮助企业财务团队在月底结账时节省超过一半的时间。',
    ]);
  });

  it('finds the claim in a broken line as the engine would in the whole sentence', () => {
    const whole = analyse([{ id: 's0', text: 'Our assistant cuts the time spent on monthly reports by 80% for finance teams.', role: 'body' }]);
    const broken = analyse(selectionBlocks('Our assistant cuts the time spent on monthly\nreports by 80% for finance teams.'));
    expect(broken.claims.map((c) => [c.text, c.verdict])).toEqual(whole.claims.map((c) => [c.text, c.verdict]));
    expect(broken.claims.length).toBeGreaterThan(0);
  });

  it('is bounded: empty text, odd whitespace and a huge paste give a safe list', () => {
    expect(selectionBlocks('')).toEqual([]);
    expect(selectionBlocks(' \n\r\n\t ')).toEqual([]);
    const huge = selectionBlocks(`${'A line of copy.\n'.repeat(5000)}`);
    expect(huge.length).toBeLessThanOrEqual(400);
    for (const b of selectionBlocks(`${'word '.repeat(3000)}`)) expect(b.text.length).toBeLessThanOrEqual(2000);
  });
});
