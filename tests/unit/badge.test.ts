import { describe, expect, it } from 'vitest';
import { badgeFor, GRADE_COLOURS, NEUTRAL } from '../../entrypoints/background/badge';
import { analyse } from '../../heuristics/index';
import type { PageReport } from '../../heuristics/types';

function ready(report: PageReport) {
  return { status: 'ready' as const, url: 'http://x/', title: 'x', report, at: 0 };
}

const hype = analyse([
  { id: 'h', text: "Saves 80% of your PPT work. The world's first AI designer. Zero errors, guaranteed.", role: 'hero' },
  { id: 'p', text: 'Pricing', role: 'heading' },
  { id: 'q', text: '$12 per month', role: 'pricing' },
  { id: 'c', text: 'Start free trial', role: 'body' },
]);

describe('badgeFor', () => {
  it('shows the grade letter on the colour of its band', () => {
    expect(hype.grade).not.toBeNull();
    const b = badgeFor(ready(hype));
    expect(b.text).toBe(hype.grade);
    expect(b.colour).toBe(GRADE_COLOURS[hype.grade ?? 'F']);
    expect(b.title).toMatch(/^Sceptic: \d+ claims, \d+ unsupported, grade [A-F]$/);
  });

  it('shows nothing on a page that is not a product page', () => {
    const news = analyse([{ id: 'a', text: 'The council met on Tuesday. Turnout rose 10% on last year.', role: 'body' }]);
    expect(news.isProductPage).toBe(false);
    expect(badgeFor(ready(news)).text).toBe('');
  });

  it('shows a neutral mark while scanning and a question mark when the page cannot be read', () => {
    expect(badgeFor({ status: 'scanning', url: 'http://x/' })).toMatchObject({ text: '…', colour: NEUTRAL });
    expect(badgeFor({ status: 'unreadable', url: 'http://x/', reason: 'x' }).text).toBe('?');
  });
});
