// sameData tells whether a page's new reading holds the same blocks as the last one sent,
// without serialising either. It must agree with comparing the two as JSON, whatever the data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameData } from '../../entrypoints/content/scrape';

/** JSON with its object keys sorted: equal exactly when the data is, whatever the key order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

describe('sameData', () => {
  it('agrees with comparing the data as JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameData(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameData(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a single change anywhere in a reading', () => {
    const blocks = [
      { id: 'b1', text: 'Saves 80% of your PPT work.', role: 'hero', links: [{ href: 'https://example.com/study', text: 'study' }] },
      { id: 'b2', text: '一键生成周报', role: 'feature', notes: [{ marker: '1', text: 'Internal survey, 20 users.', at: 6 }] },
    ];
    expect(sameData(blocks, structuredClone(blocks))).toBe(true);
    const edits: Array<(b: typeof blocks) => void> = [
      (b) => {
        (b[0] as { text: string }).text = 'Saves 81% of your PPT work.';
      },
      (b) => {
        (b[1] as { role: string }).role = 'body';
      },
      (b) => {
        ((b[0] as { links: Array<{ href: string }> }).links[0] as { href: string }).href = 'https://example.com/other';
      },
      (b) => {
        ((b[1] as { notes: Array<{ at: number }> }).notes[0] as { at: number }).at = 5;
      },
      (b) => {
        b.pop();
      },
      (b) => {
        (b[0] as Record<string, unknown>).lang = 'en';
      },
    ];
    for (const edit of edits) {
      const copy = structuredClone(blocks);
      edit(copy);
      expect(sameData(blocks, copy)).toBe(false);
      expect(sameData(copy, blocks)).toBe(false);
    }
  });

  it('takes a key set to undefined as absent, as JSON does', () => {
    expect(sameData({ id: 'b1', links: undefined }, { id: 'b1' })).toBe(true);
    expect(sameData({ id: 'b1' }, { id: 'b1', notes: undefined })).toBe(true);
    expect(sameData({ id: 'b1', notes: undefined }, { id: 'b1', notes: [] })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
