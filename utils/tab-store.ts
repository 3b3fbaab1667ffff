// The background's per-tab state as storage.session keeps it, so that a restarted service worker
// remembers each tab: what is read back is checked (a damaged entry is dropped and the tab read
// again, never shown as an error for good), and a state too large for the area is cut to what the
// popup shows rather than lost.
import { type TabState, TabState as TabStateSchema } from './messages';
import { sortedClaims } from './present';

export const tabKey = (tabId: number): string => `tab:${tabId}`;
/** Whether marks are shown in a tab, as the popup last set them. */
export const marksKey = (tabId: number): string => `marks:${tabId}`;

/** A stored tab state, or "nothing known" for a missing or damaged one. */
export function storedState(raw: unknown): { state: TabState; damaged: boolean } {
  if (raw === undefined) return { state: { status: 'none' }, damaged: false };
  const parsed = TabStateSchema.safeParse(raw);
  return parsed.success ? { state: parsed.data, damaged: false } : { state: { status: 'none' }, damaged: true };
}

/** Claims a cut state keeps: the most questionable first, as the popup lists them. */
export const KEPT_CLAIMS = 300;
const KEPT_TEXT = 1000;
const KEPT_EVIDENCE = 300;

/**
 * The state cut to fit: a report keeps its grade, score, counts and signals, and its KEPT_CLAIMS
 * most questionable claims with their texts shortened; `trimmed` says how many claims it had.
 */
export function trimmedState(state: TabState): TabState {
  if (state.status !== 'ready') return state;
  const r = state.report;
  const keep = new Set(
    sortedClaims(r, state.url, [])
      .slice(0, KEPT_CLAIMS)
      .map((v) => v.claim.id),
  );
  const claims = r.claims
    .filter((c) => keep.has(c.id))
    .map((c) => ({
      ...c,
      text: c.text.slice(0, KEPT_TEXT),
      evidence: c.evidence.slice(0, 8).map((e) => ({ ...e, text: e.text.slice(0, KEPT_EVIDENCE) })),
      also: c.also?.slice(0, 8),
    }));
  return { ...state, title: state.title.slice(0, 500), report: { ...r, claims }, trimmed: r.claims.length };
}
