// One claim once: the same claim in the title, the meta description, the hero and a stat tile
// is one claim with its other places listed; a quoted testimonial is one claim; a signature
// line and a question are no claims at all.
import { describe, expect, it } from 'vitest';
import { analyse, scoreClaim } from '../../heuristics/index';
import type { TextBlock } from '../../heuristics/types';
import { markedClaims } from '../../utils/protocol';

describe('a footnote that a claim cites', () => {
  it('is that claim’s evidence, not a claim of its own', () => {
    const note = 'Audited by Marlowe & Finch LLP, ISO 27001 certificate dated April 2025.';
    const blocks: TextBlock[] = [
      { id: 'b', role: 'body', text: 'Certified to ISO 27001.¹', notes: [{ marker: '¹', text: note }] },
      { id: 'n', role: 'footnote', text: note },
      { id: 'o', role: 'footnote', text: 'The fastest, most accurate scheduling assistant ever built.' },
    ];
    const r = analyse(blocks);
    expect(r.claims.some((c) => c.blockId === 'n')).toBe(false);
    expect(r.claims.find((c) => c.blockId === 'b')?.evidence.some((e) => e.where === 'footnote')).toBe(true);
    // A footnote nobody cites is read as any other line.
    expect(r.claims.some((c) => c.blockId === 'o')).toBe(true);
  });
});

const PAGE: TextBlock[] = [
  { id: 't', role: 'title', text: 'Deckhand: the AI slide maker that cuts deck time by 70%' },
  { id: 'm', role: 'meta', text: 'Deckhand cuts the time you spend on decks by 70%.' },
  { id: 'h', role: 'hero', text: 'Cut deck time by 70%.' },
  { id: 's', role: 'body', text: '70% less time on decks' },
  { id: 'f', role: 'feature', text: 'Rated 4.8 out of 5 by 2,000 reviewers.' },
  { id: 'q', role: 'testimonial', text: '“Game changer! I build a board deck in ten minutes now. My team loves it.”' },
  { id: 'a', role: 'testimonial', text: 'Lena M., Head of Finance, Orbitly' },
  { id: 'x', role: 'feature', text: 'Is Deckhand the fastest slide tool in the world?' },
  { id: 'p', role: 'heading', text: 'Pricing' },
  { id: 'pp', role: 'pricing', text: 'Team: $15 per user per month' },
  { id: 'c', role: 'body', text: 'Start your free trial' },
];

describe('one claim once', () => {
  const report = analyse(PAGE);
  const seventy = report.claims.filter((c) => /70%/.test(c.text));

  it('counts the 70% claim once, at its most prominent place (the headline), and lists the three others', () => {
    expect(seventy).toHaveLength(1);
    const [claim] = seventy;
    expect(claim?.role).toBe('hero');
    expect(claim?.text).toBe('Cut deck time by 70%.');
    expect(claim?.also?.map((a) => a.role)).toEqual(['title', 'meta', 'body']);
    // The hero gives the weight: the most prominent place counts.
    expect(claim?.weight).toBeGreaterThanOrEqual(analyse([PAGE[2] as TextBlock]).claims[0]?.weight ?? Number.POSITIVE_INFINITY);
  });

  it('marks the claim at every place it stands, with one verdict', () => {
    const marks = markedClaims(report.claims) ?? [];
    const at = marks.filter((m) => /70%/.test(m.text));
    expect(at.map((m) => m.blockId).sort()).toEqual(['h', 'm', 's', 't']);
    expect(new Set(at.map((m) => m.verdict)).size).toBe(1);
    expect(new Set(marks.map((m) => m.id)).size).toBe(marks.length);
  });

  it('keeps claims apart that differ in a figure', () => {
    const r = analyse([...PAGE, { id: 'z', role: 'feature', text: 'Cut deck time by 50%.' }]);
    expect(r.claims.some((c) => c.text === 'Cut deck time by 50%.')).toBe(true);
    expect(r.claims.some((c) => c.text === 'Cut deck time by 70%.')).toBe(true);
  });

  it('counts a claim said again with more (a guarantee, a rank) once, judged as its fuller version', () => {
    const r = analyse([...PAGE, { id: 'w', role: 'feature', text: 'Cut deck time by 70%, guaranteed.' }]);
    const seventy = r.claims.filter((c) => /70%/.test(c.text) || c.also?.some((a) => /70%/.test(a.text)));
    expect(seventy).toHaveLength(1);
    expect(seventy[0]?.text).toBe('Cut deck time by 70%, guaranteed.');
    expect(seventy[0]?.kinds).toContain('absolute');
    expect(seventy[0]?.also?.map((a) => a.role)).toContain('hero');
    // It weighs as its most prominent place does.
    expect(seventy[0]?.weight).toBeGreaterThanOrEqual(analyse(PAGE).claims.find((c) => c.text === 'Cut deck time by 70%.')?.weight ?? 99);
  });

  it('reads a quoted testimonial as one claim, and its signature line as none', () => {
    const quoted = report.claims.filter((c) => c.blockId === 'q');
    expect(quoted).toHaveLength(1);
    expect(quoted[0]?.kinds).toContain('testimonial');
    expect(report.claims.some((c) => c.blockId === 'a')).toBe(false);
  });

  it('never reads a question as a claim, whatever it presupposes', () => {
    expect(report.claims.some((c) => c.blockId === 'x')).toBe(false);
    expect(scoreClaim('Looking for the best AI note-taker for your team?').isClaim).toBe(false);
  });

  it('reads a dash and a name at the end as a signature, and a dash inside a sentence as punctuation', () => {
    expect(scoreClaim('Game changer! — Sarah').kinds).toContain('testimonial');
    expect(scoreClaim('Best purchase we made all year -- Priya Nair, Head of Ops, Larkspur').kinds).toContain('testimonial');
    expect(scoreClaim('We built it for small teams — and it shows.').kinds).not.toContain('testimonial');
    expect(scoreClaim('Our model — trained on public filings — writes the first draft.').kinds).not.toContain('testimonial');
  });

  it("reads a pricing card's short plan lines as terms, not promises, but keeps a promise made on the card", () => {
    for (const line of ['Unlimited reports', 'Everything in Team', '无限次生成']) expect(scoreClaim(line, { role: 'pricing' }).isClaim, line).toBe(false);
    expect(scoreClaim('Unlimited reports', { role: 'feature' }).isClaim).toBe(true);
    expect(scoreClaim('Answers guaranteed 99% accurate', { role: 'pricing' }).isClaim).toBe(true);
  });

  it('reads the cells of a table of plans under a "Plans" heading as plan terms too, and only there', () => {
    const cells = (heading: string): TextBlock[] => [
      { id: 'h', role: 'hero', text: 'Minutes, an AI meeting recorder' },
      { id: 'p', role: 'heading', text: heading },
      { id: 'c1', role: 'body', text: '600 minutes per month, unlimited history, custom vocabulary' },
      { id: 'c2', role: 'body', text: 'Unlimited minutes, API and webhooks, single sign-on' },
    ];
    expect(analyse(cells('Plans')).claims.filter((c) => c.blockId.startsWith('c'))).toEqual([]);
    expect(analyse(cells('套餐')).claims.filter((c) => c.blockId.startsWith('c'))).toEqual([]);
    expect(analyse(cells('What you get')).claims.some((c) => c.blockId.startsWith('c'))).toBe(true);
  });
});
