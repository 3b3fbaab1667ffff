import { describe, expect, it } from 'vitest';
import { BADGE_TEXT, badgeFor, contrast, GRADE_COLOURS, NEUTRAL } from '../../entrypoints/background/badge';
import { analyse } from '../../heuristics/index';
import { GRADES } from '../../heuristics/types';

const hype = analyse([
  { id: 'h', text: "Saves 80% of your PPT work. The world's first AI designer. Zero errors, guaranteed.", role: 'hero' },
  { id: 'p', text: 'Pricing', role: 'heading' },
  { id: 'q', text: '$12 per month', role: 'pricing' },
  { id: 'c', text: 'Start free trial', role: 'body' },
]);
const ready = { status: 'ready' as const, url: 'http://x/', title: 'x', report: hype, at: 0 };

describe('badge colours', () => {
  it('are distinct for every grade and the neutral mark', () => {
    const all = [...GRADES.map((g) => GRADE_COLOURS[g]), NEUTRAL];
    expect(new Set(all).size).toBe(all.length);
  });

  it('keep the badge text readable: contrast of at least 4.5:1', () => {
    for (const c of [...Object.values(GRADE_COLOURS), NEUTRAL]) expect(contrast(c, BADGE_TEXT), c).toBeGreaterThanOrEqual(4.5);
  });

  it('run from green at A to red at F', () => {
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      const d = max - min;
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      const deg = (h * 60 + 360) % 360;
      return deg > 300 ? deg - 360 : deg; // reds just below 360° are reds, not magentas
    };
    const hues = GRADES.map((g) => hue(GRADE_COLOURS[g]));
    for (let i = 1; i < hues.length; i++) expect(hues[i] ?? 0, GRADES[i]).toBeLessThan(hues[i - 1] ?? 0);
  });
});

describe('badge title in Chinese', () => {
  it('summarises the page in the interface language', () => {
    const b = badgeFor(ready, 'zh');
    expect(b.text).toBe(hype.grade);
    expect(b.title).toBe(`Sceptic：${hype.counts.claims} 条声明，${hype.counts.unsupported} 条无依据，评级 ${hype.grade}`);
    expect(badgeFor({ status: 'scanning', url: 'x' }, 'zh').title).toBe('Sceptic：正在读取本页');
  });

  it('says singular in English when there is one claim', () => {
    const one = { ...ready, report: { ...hype, grade: null, counts: { ...hype.counts, claims: 1, unsupported: 1 } } };
    expect(badgeFor(one, 'en').title).toBe('Sceptic: 1 claim, 1 unsupported, too few claims to grade');
  });
});
