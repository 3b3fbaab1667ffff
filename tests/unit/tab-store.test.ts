// The background's per-tab state in storage.session: read back checked, a damaged entry
// dropped, a state too large for the area cut to the claims the popup shows first.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../heuristics/index';
import type { TextBlock } from '../../heuristics/types';
import { sortedClaims } from '../../utils/present';
import { TabState } from '../../utils/protocol';
import {
  changedState,
  forgetTab,
  KEPT_CLAIMS,
  loadMarks,
  loadState,
  marksKey,
  type SessionArea,
  saveMarks,
  saveState,
  storedState,
  tabKey,
  trimmedState,
} from '../../utils/tab-store';

describe('the stored tab state', () => {
  it('has its keys, and reads back what was stored', () => {
    expect(tabKey(7)).toBe('tab:7');
    expect(marksKey(7)).toBe('marks:7');
    expect(storedState(undefined)).toEqual({ state: { status: 'none' }, damaged: false });
    expect(storedState({ status: 'scanning', url: 'https://a.test/' })).toEqual({ state: { status: 'scanning', url: 'https://a.test/' }, damaged: false });
  });

  it('drops a damaged entry as "nothing known", so that the tab is read again', () => {
    for (const bad of [
      null,
      'x',
      { status: 'ready' },
      { status: 'ready', url: 'https://a.test/', title: 't', report: { grade: 'Z' }, at: 1 },
      { status: 'weird' },
    ]) {
      expect(storedState(bad)).toEqual({ state: { status: 'none' }, damaged: true });
    }
  });

  it('cuts a huge report to the most questionable claims, short, and still a valid state', () => {
    const blocks: TextBlock[] = Array.from({ length: 900 }, (_, i) => ({
      id: `b${i}`,
      role: i % 3 ? 'feature' : 'hero',
      text: `${i % 2 ? 'Guaranteed to double' : 'Cuts'} your revenue by ${i + 10}% in ${(i % 27) + 2} days, the world's first AI for team ${i}. ${'Filler words follow here. '.repeat(i % 7 ? 1 : 60)}`,
    }));
    const report = analyse(blocks);
    expect(report.claims.length).toBeGreaterThan(KEPT_CLAIMS);
    const state = { status: 'ready' as const, url: 'https://big.test/', title: 'Big', report, at: 1 };
    const cut = trimmedState(state);
    if (cut.status !== 'ready') throw new Error(cut.status);
    expect(cut.trimmed).toBe(report.claims.length);
    expect(cut.report.claims).toHaveLength(KEPT_CLAIMS);
    const first = sortedClaims(report, state.url, [])
      .slice(0, KEPT_CLAIMS)
      .map((v) => v.claim.id);
    expect(new Set(cut.report.claims.map((c) => c.id))).toEqual(new Set(first));
    for (const c of cut.report.claims) expect(c.text.length).toBeLessThanOrEqual(1000);
    expect(cut.report.grade).toBe(report.grade);
    expect(cut.report.counts).toEqual(report.counts);
    expect(JSON.stringify(cut).length).toBeLessThan(JSON.stringify(state).length);
    expect(TabState.safeParse(cut).success).toBe(true);
    // Other states pass through.
    expect(trimmedState({ status: 'scanning', url: 'https://a.test/' })).toEqual({ status: 'scanning', url: 'https://a.test/' });
  });

  it('is read and written through its functions: state, marks, forgetting a tab, changes', async () => {
    const data = new Map<string, unknown>();
    const keys = (k: string | string[]) => (Array.isArray(k) ? k : [k]);
    const area: SessionArea = {
      async get(k) {
        return Object.fromEntries(keys(k).flatMap((key) => (data.has(key) ? [[key, data.get(key)]] : [])));
      },
      async set(items) {
        for (const [k, v] of Object.entries(items)) data.set(k, v);
      },
      async remove(k) {
        for (const key of keys(k)) data.delete(key);
      },
    };
    expect(await loadState(area, 3)).toEqual({ status: 'none' });
    expect(await loadMarks(area, 3)).toBeUndefined();
    await saveState(area, 3, { status: 'scanning', url: 'https://a.test/' });
    await saveMarks(area, 3, false);
    expect(await loadState(area, 3)).toEqual({ status: 'scanning', url: 'https://a.test/' });
    expect(await loadMarks(area, 3)).toBe(false);
    expect([...data.keys()].sort()).toEqual([marksKey(3), tabKey(3)]);
    await forgetTab(area, 3);
    expect(data.size).toBe(0);
    // A damaged entry reads as nothing known, and is removed.
    data.set(tabKey(4), { status: 'weird' });
    expect(await loadState(area, 4)).toEqual({ status: 'none' });
    expect(data.has(tabKey(4))).toBe(false);
    // A change of storage, as the popup hears it.
    const state = { status: 'scanning' as const, url: 'https://a.test/' };
    expect(changedState({ [tabKey(5)]: { newValue: state } }, 'session', 5)).toEqual(state);
    expect(changedState({ [tabKey(5)]: {} }, 'session', 5)).toEqual({ status: 'none' });
    expect(changedState({ [tabKey(5)]: { newValue: { status: 'weird' } } }, 'session', 5)).toBeUndefined();
    expect(changedState({ [tabKey(5)]: { newValue: state } }, 'local', 5)).toBeUndefined();
    expect(changedState({ [tabKey(6)]: { newValue: state } }, 'session', 5)).toBeUndefined();
    expect(changedState({ [marksKey(5)]: { newValue: true } }, 'session', 5)).toBeUndefined();
  });
});
