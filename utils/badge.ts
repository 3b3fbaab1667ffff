// What the toolbar button shows for a tab: pure, so it is tested without a browser.
import type { Grade } from '../heuristics/types';
import type { TabState } from './messages';

export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#1a7f37',
  B: '#4c8c2b',
  C: '#9a6700',
  D: '#c2410c',
  F: '#cf222e',
};
export const NEUTRAL = '#6e7781';

export interface Badge {
  text: string;
  colour: string;
  title: string;
}

export function badgeFor(state: TabState): Badge {
  switch (state.status) {
    case 'none':
      return { text: '', colour: NEUTRAL, title: 'Sceptic' };
    case 'scanning':
      return { text: '…', colour: NEUTRAL, title: 'Sceptic: reading this page' };
    case 'unreadable':
      return { text: '?', colour: NEUTRAL, title: 'Sceptic: could not read this page' };
    case 'ready': {
      const { report } = state;
      if (!report.isProductPage) return { text: '', colour: NEUTRAL, title: 'Sceptic: not a product page' };
      const c = report.counts;
      const claims = `${c.claims} claim${c.claims === 1 ? '' : 's'}, ${c.unsupported} unsupported`;
      if (!report.grade) return { text: '–', colour: NEUTRAL, title: `Sceptic: ${claims}, too few claims to grade` };
      return { text: report.grade, colour: GRADE_COLOURS[report.grade], title: `Sceptic: ${claims}, grade ${report.grade}` };
    }
  }
}
