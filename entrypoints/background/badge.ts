// What the toolbar button shows for a tab: pure, so it is tested without a browser.
import type { Grade } from '../../heuristics/types';
import { translator, type UiLang } from '../../locales/index';
import type { TabState } from '../../utils/protocol';

/** One colour per grade band, A green to F red; white text on each keeps a contrast of at least 4.5:1. */
export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#1a7f37',
  B: '#4d7c0f',
  C: '#9a6700',
  D: '#c2410c',
  F: '#cf222e',
};
/** Scanning, no grade, unreadable. */
export const NEUTRAL = '#6e7781';
/** The badge's text colour on every background above. */
export const BADGE_TEXT = '#ffffff';

export interface Badge {
  text: string;
  colour: string;
  title: string;
}

export function badgeFor(state: TabState, lang: UiLang = 'en'): Badge {
  const t = translator(lang);
  switch (state.status) {
    case 'none':
      return { text: '', colour: NEUTRAL, title: t('badge.idle') };
    case 'scanning':
      return { text: '…', colour: NEUTRAL, title: t('badge.scanning') };
    case 'unreadable':
      return { text: '?', colour: NEUTRAL, title: t('badge.unreadable') };
    case 'ready': {
      const { report } = state;
      if (!report.isProductPage) return { text: '', colour: NEUTRAL, title: t('badge.notProduct') };
      const claims = t('badge.claims', { count: report.counts.claims, unsupported: report.counts.unsupported });
      if (!report.grade) return { text: '–', colour: NEUTRAL, title: t('badge.ungraded', { claims }) };
      return { text: report.grade, colour: GRADE_COLOURS[report.grade], title: t('badge.graded', { claims, grade: report.grade }) };
    }
  }
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
