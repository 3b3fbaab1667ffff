// The per-tab layout of storage.session, in one place: the background's state of each tab (so that
// a restarted service worker remembers it) and whether marks are shown in it (as the popup last
// set them). What is read back is checked (a damaged entry is dropped and the tab read again,
// never shown as an error for good), and a state too large for the area is cut to what the popup
// shows rather than lost. The background and the pages read and write these entries only through
// the functions below, never by their keys.

import { sortedClaims } from './present';
import { type TabState, TabState as TabStateSchema } from './protocol';

export const tabKey = (tabId: number): string => `tab:${tabId}`;
/** Whether marks are shown in a tab, as the popup last set them. */
export const marksKey = (tabId: number): string => `marks:${tabId}`;

/** The part of a storage area (storage.session) the tab store uses. */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A tab's stored state, or "nothing known"; a damaged entry is removed, so that the tab is read again. */
export async function loadState(area: SessionArea, tabId: number): Promise<TabState> {
  const key = tabKey(tabId);
  const { state, damaged } = storedState((await area.get(key))[key]);
  if (damaged) await area.remove(key).catch(() => undefined);
  return state;
}

export function saveState(area: SessionArea, tabId: number, state: TabState): Promise<void> {
  return area.set({ [tabKey(tabId)]: state });
}

/** Forget all a tab's entries: its state and its marks. */
export function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  return area.remove([tabKey(tabId), marksKey(tabId)]);
}

/** Whether marks are shown in a tab, as last saved; undefined when nothing is known. */
export async function loadMarks(area: SessionArea, tabId: number): Promise<boolean | undefined> {
  const key = marksKey(tabId);
  const v = (await area.get(key))[key];
  return typeof v === 'boolean' ? v : undefined;
}

export function saveMarks(area: SessionArea, tabId: number, on: boolean): Promise<void> {
  return area.set({ [marksKey(tabId)]: on });
}

/**
 * What a change of storage (storage.onChanged) says of a tab's state: the new state, "nothing
 * known" when the entry was removed, or undefined when the change is not about that state or
 * holds none that can be read.
 */
export function changedState(changes: Record<string, { newValue?: unknown }>, areaName: string, tabId: number): TabState | undefined {
  const key = tabKey(tabId);
  if (areaName !== 'session' || !(key in changes)) return undefined;
  const next = changes[key]?.newValue;
  if (next === undefined) return { status: 'none' };
  const parsed = TabStateSchema.safeParse(next);
  return parsed.success ? parsed.data : undefined;
}

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
