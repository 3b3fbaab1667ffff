// Everything Sceptic keeps, all of it in the browser's local storage and nowhere else:
//   settings    what the user chose on the options page (read by every part of Sceptic)
//   dismissed   flags the reader marked "this is wrong", per page
//   reports     saved page reports (a capped library; the comparison and "what changed" read it)
//   comparison  which saved reports stand side by side
// Each item is one key holding `{ version, ... }`. Reading never throws: an old version is
// migrated, a damaged value is repaired field by field (or item by item) and the result says
// that it was, so the interface can tell the user instead of failing.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { PageReportSchema } from '../heuristics/schema';
import { RUBRIC_IDS } from '../heuristics/types';
import { defaultSettings, HOSTNAME, LANGUAGES, MAX_DISABLED_SITES, SENSITIVITIES, type Settings } from './settings';

export type { Settings } from './settings';

z.config({ jitless: true });

/** The part of `browser.storage.local` this module uses; tests pass an in-memory one. */
export interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

export interface AreaEvents {
  addListener(cb: ChangeListener): void;
  removeListener(cb: ChangeListener): void;
}

let areaOverride: { area: Area; events: AreaEvents } | null = null;

/** For tests: use this storage instead of the browser's. Pass null to go back. */
export function useStorageArea(area: { area: Area; events: AreaEvents } | null): void {
  areaOverride = area;
}

function local(): Area {
  return areaOverride?.area ?? (browser.storage.local as unknown as Area);
}

function events(): AreaEvents {
  return areaOverride?.events ?? (browser.storage.onChanged as unknown as AreaEvents);
}

/** The Web Locks API where the context has it: extension pages and the service worker, in Chrome and Firefox. */
interface LockManagerLike {
  request<T>(name: string, cb: () => Promise<T>): Promise<T>;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Run a read-then-write of storage alone. Two of Sceptic's pages (the popup and the report, say)
 * that change the same list at the same moment would otherwise each write back what they read
 * before the other wrote, and one change would be lost. A lock named for Sceptic's storage is
 * shared by all of the extension's pages and its worker; without the Web Locks API, this
 * context's changes at least wait for one another.
 */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks && typeof locks.request === 'function') return locks.request('sceptic-storage', work);
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a stored value was not used as it stood. */
export type Recovery = { recovered: false } | { recovered: true; problems: string[] };

export type Read<T> = { value: T } & Recovery;

type Migrations = Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;

/**
 * Bring a stored record up to `target` by running each migration in turn. A record without a
 * version is version 0 (written before versioning, or by hand). A record from a newer build is
 * left as it is; the schema decides what of it can be used.
 */
export function migrate(raw: Record<string, unknown>, target: number, migrations: Migrations): { value: Record<string, unknown>; from: number } {
  const from = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0 ? raw.version : 0;
  let value = raw;
  for (let v = from + 1; v <= target; v++) {
    const step = migrations[v];
    if (step) value = step(value);
  }
  return { value: from < target ? { ...value, version: target } : value, from };
}

// ─── Settings ────────────────────────────────────────────────────────────────

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

const hostname = z.string().check(z.regex(HOSTNAME));

const SETTINGS_FIELDS = {
  autoScan: z.boolean(),
  sensitivity: z.enum(SENSITIVITIES),
  disabledRubrics: z.array(z.enum(RUBRIC_IDS)).check(z.maxLength(RUBRIC_IDS.length)),
  language: z.enum(LANGUAGES),
  marksDefault: z.boolean(),
  disabledSites: z.array(hostname).check(z.maxLength(MAX_DISABLED_SITES)),
};

/** The settings (utils/settings.ts says what each one is), checked. */
export const SettingsSchema = z.object(SETTINGS_FIELDS) satisfies z.ZodMiniType<Settings>;

const SETTINGS_MIGRATIONS: Migrations = {
  // Version 0 is a record written without a version: keep whatever fields it has; the
  // field-by-field check below fills in the rest from the defaults.
  1: (old) => old,
};

/** Turn a stored settings value (of any age or state) into settings Sceptic can use. */
export function parseSettings(raw: unknown): Read<Settings> {
  if (raw === undefined || raw === null) return { value: defaultSettings(), recovered: false };
  if (!isRecord(raw)) return { value: defaultSettings(), recovered: true, problems: ['settings'] };
  const { value: migrated, from } = migrate(raw, SETTINGS_VERSION, SETTINGS_MIGRATIONS);
  const whole = SettingsSchema.safeParse(migrated);
  if (whole.success) return { value: whole.data, recovered: false };
  const value = defaultSettings();
  const problems: string[] = [];
  const out = value as Record<keyof Settings, unknown>;
  for (const key of Object.keys(SETTINGS_FIELDS) as Array<keyof Settings>) {
    const field = SETTINGS_FIELDS[key].safeParse(migrated[key]);
    if (field.success) out[key] = field.data;
    // A field missing from an older version is simply new, not damage.
    else if (!(from < SETTINGS_VERSION && migrated[key] === undefined)) problems.push(key);
  }
  return problems.length ? { value, recovered: true, problems } : { value, recovered: false };
}

/** The user's settings. Never throws: unreadable storage or a damaged value gives defaults, and says so. */
export async function readSettings(): Promise<Read<Settings>> {
  try {
    const got = await local().get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch (err) {
    return { value: defaultSettings(), recovered: true, problems: [`storage: ${String(err).slice(0, 200)}`] };
  }
}

/** Write settings after checking them; throws on a value that does not fit the schema. */
export async function writeSettings(settings: Settings): Promise<Settings> {
  const clean = SettingsSchema.parse({
    ...settings,
    disabledRubrics: [...new Set(settings.disabledRubrics)].sort((a, b) => RUBRIC_IDS.indexOf(a) - RUBRIC_IDS.indexOf(b)),
    disabledSites: [...new Set(settings.disabledSites.map((s) => s.toLowerCase()))].sort(),
  });
  await local().set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...clean } });
  return clean;
}

/** Change some settings, keeping the rest (repaired ones included). */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return exclusive(async () => {
    const { value } = await readSettings();
    return writeSettings({ ...value, ...patch });
  });
}

/** Call back with the new settings whenever they change; returns the function that stops watching. */
export function watchSettings(cb: (settings: Read<Settings>) => void): () => void {
  return watchKey(SETTINGS_KEY, (raw) => cb(parseSettings(raw)));
}

function watchKey(key: string, cb: (raw: unknown) => void): () => void {
  const listener: ChangeListener = (changes, areaName) => {
    if (areaName !== 'local' || !(key in changes)) return;
    cb(changes[key]?.newValue);
  };
  const ev = events();
  ev.addListener(listener);
  return () => ev.removeListener(listener);
}

/**
 * A hostname from what a user typed into the "sites where Sceptic stays off" box: a bare host,
 * a URL, or a host with a path. Returns null when there is no plausible hostname in it.
 */
export function normaliseSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    host = new URL(s).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return HOSTNAME.test(host) ? host : null;
}

// ─── Versioned lists: dismissed flags, saved reports, the comparison ─────────

interface ListStore<T> {
  key: string;
  version: number;
  item: z.ZodMiniType<T>;
  max: number;
  migrations: Migrations;
}

/**
 * Read a `{ version, items }` record, keeping every item that still checks out. A bare array is
 * the items of version 0 (a list written before versioning, or by hand).
 */
export function parseList<T>(store: ListStore<T>, stored: unknown): Read<T[]> {
  if (stored === undefined || stored === null) return { value: [], recovered: false };
  const raw = Array.isArray(stored) ? { items: stored } : stored;
  if (!isRecord(raw)) return { value: [], recovered: true, problems: [store.key] };
  const { value } = migrate(raw, store.version, store.migrations);
  if (!Array.isArray(value.items)) return { value: [], recovered: true, problems: [store.key] };
  const items: T[] = [];
  let dropped = 0;
  for (const it of value.items) {
    const parsed = store.item.safeParse(it);
    if (parsed.success) items.push(parsed.data);
    else dropped++;
  }
  const kept = items.slice(-store.max);
  dropped += items.length - kept.length;
  return dropped ? { value: kept, recovered: true, problems: [`${store.key}: ${dropped} unreadable item(s) left out`] } : { value: kept, recovered: false };
}

async function readList<T>(store: ListStore<T>): Promise<Read<T[]>> {
  try {
    const got = await local().get(store.key);
    return parseList(store, got[store.key]);
  } catch (err) {
    return { value: [], recovered: true, problems: [`storage: ${String(err).slice(0, 200)}`] };
  }
}

async function writeList<T>(store: ListStore<T>, items: T[]): Promise<void> {
  await local().set({ [store.key]: { version: store.version, items: items.slice(-store.max) } });
}

// Dismissed flags ("this is wrong"): a flag is named by the page, the rule and the sentence,
// so the dismissal holds across rescans and reloads of that page and nowhere else.

const shortText = z.string().check(z.maxLength(4000));

export const DismissalSchema = z.object({
  /** Page the flag was dismissed on, without query or fragment. */
  page: z.string().check(z.maxLength(4096)),
  rule: z.string().check(z.maxLength(200)),
  /** The claim's sentence, as the engine reported it. */
  claim: shortText,
  at: z.number(),
});
export type Dismissal = z.infer<typeof DismissalSchema>;

export const DISMISSED: ListStore<Dismissal> = { key: 'dismissed', version: 1, item: DismissalSchema, max: 5000, migrations: { 1: (old) => old } };

/** The page part of a URL that dismissals and "what changed" go by: origin and path. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split(/[?#]/)[0] ?? url;
  }
}

const sameDismissal = (a: Pick<Dismissal, 'page' | 'rule' | 'claim'>, b: Pick<Dismissal, 'page' | 'rule' | 'claim'>) =>
  a.page === b.page && a.rule === b.rule && a.claim === b.claim;

export async function readDismissed(): Promise<Read<Dismissal[]>> {
  return readList(DISMISSED);
}

/** Dismissals that apply to a page. */
export async function dismissedOn(url: string): Promise<Dismissal[]> {
  const page = pageKey(url);
  return (await readDismissed()).value.filter((d) => d.page === page);
}

export function setDismissed(url: string, rule: string, claim: string, dismissed: boolean, at = Date.now()): Promise<Dismissal[]> {
  const page = pageKey(url);
  const want = { page, rule, claim };
  return exclusive(async () => {
    const all = (await readDismissed()).value.filter((d) => !sameDismissal(d, want));
    if (dismissed) all.push({ ...want, at });
    await writeList(DISMISSED, all);
    return all.filter((d) => d.page === page);
  });
}

export function isDismissed(list: Dismissal[], url: string, rule: string, claim: string): boolean {
  const page = pageKey(url);
  return list.some((d) => sameDismissal(d, { page, rule, claim }));
}

/** Forget every dismissal: all flags count again. */
export function clearDismissed(): Promise<void> {
  return exclusive(() => writeList(DISMISSED, []));
}

export function watchDismissed(cb: (list: Read<Dismissal[]>) => void): () => void {
  return watchKey(DISMISSED.key, (raw) => cb(parseList(DISMISSED, raw)));
}

// Saved reports: a snapshot of a page's report at a moment. Capped; the oldest go first, and
// never without the user's say: saveReport reports what would be dropped and waits for consent.

export const SavedReportSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  url: z.string().check(z.maxLength(4096)),
  title: z.string().check(z.maxLength(1000)),
  at: z.number(),
  sensitivity: z.enum(SENSITIVITIES),
  report: PageReportSchema,
});
export type SavedReport = z.infer<typeof SavedReportSchema>;

/** At most this many saved reports. */
export const MAX_SAVED_REPORTS = 40;
/** And at most this much JSON in all (storage.local holds 10 MB; leave room for the rest). */
export const MAX_SAVED_BYTES = 6_000_000;

export const REPORTS: ListStore<SavedReport> = { key: 'reports', version: 1, item: SavedReportSchema, max: MAX_SAVED_REPORTS, migrations: { 1: (old) => old } };

export async function readReports(): Promise<Read<SavedReport[]>> {
  return readList(REPORTS);
}

export async function savedReport(id: string): Promise<SavedReport | undefined> {
  return (await readReports()).value.find((r) => r.id === id);
}

const bytes = (r: SavedReport) => JSON.stringify(r).length;

/** Which saved reports (oldest first) must go to make room for `incoming`. */
export function evictionsFor(existing: SavedReport[], incoming: SavedReport, limits = { count: MAX_SAVED_REPORTS, bytes: MAX_SAVED_BYTES }): SavedReport[] {
  const sorted = [...existing].sort((a, b) => a.at - b.at);
  const out: SavedReport[] = [];
  let count = sorted.length + 1;
  let total = sorted.reduce((a, r) => a + bytes(r), 0) + bytes(incoming);
  for (const r of sorted) {
    if (count <= limits.count && total <= limits.bytes) break;
    out.push(r);
    count--;
    total -= bytes(r);
  }
  return out;
}

export type SaveOutcome =
  | { status: 'saved'; saved: SavedReport; evicted: SavedReport[] }
  | { status: 'needs-room'; evict: SavedReport[] }
  | { status: 'too-large' };

/**
 * Save a report under its scan's id (scanId): the same scan saved again replaces its copy. When the
 * library is full, nothing is dropped unless `allowEvict` is set: the outcome lists the reports
 * that would go, so the interface can ask first.
 */
export async function saveReport(input: Omit<SavedReport, 'id'>, opts: { allowEvict?: boolean } = {}): Promise<SaveOutcome> {
  const saved: SavedReport = SavedReportSchema.parse({ ...input, id: scanId(input.url, input.at) });
  if (bytes(saved) > MAX_SAVED_BYTES) return { status: 'too-large' };
  return exclusive(async (): Promise<SaveOutcome> => {
    const existing = (await readReports()).value.filter((r) => r.id !== saved.id);
    const evict = evictionsFor(existing, saved);
    if (evict.length && !opts.allowEvict) return { status: 'needs-room', evict };
    const gone = new Set(evict.map((r) => r.id));
    await writeList(REPORTS, [...existing.filter((r) => !gone.has(r.id)), saved]);
    if (gone.size) await writeComparison((await readComparison()).value.filter((id) => !gone.has(id)));
    return { status: 'saved', saved, evicted: evict };
  });
}

export function deleteReport(id: string): Promise<void> {
  return exclusive(async () => {
    await writeList(
      REPORTS,
      (await readReports()).value.filter((r) => r.id !== id),
    );
    await writeComparison((await readComparison()).value.filter((x) => x !== id));
  });
}

/** Delete every saved report, and so empty the comparison. */
export function deleteAllReports(): Promise<void> {
  return exclusive(async () => {
    await writeList(REPORTS, []);
    await writeComparison([]);
  });
}

export function watchReports(cb: (list: Read<SavedReport[]>) => void): () => void {
  return watchKey(REPORTS.key, (raw) => cb(parseList(REPORTS, raw)));
}

/** The saved report of the same page just before this one, if any: what "what changed" compares with. */
export function previousOf(all: SavedReport[], current: SavedReport): SavedReport | undefined {
  const page = pageKey(current.url);
  return all.filter((r) => r.id !== current.id && pageKey(r.url) === page && r.at < current.at).sort((a, b) => b.at - a.at)[0];
}

/**
 * The id a saved report gets: one per scan of a page (its address and the moment it was read), so
 * that saving the same scan again, from the popup or from the report page, keeps one copy.
 */
export function scanId(url: string, at: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${at.toString(36)}-${h.toString(36)}`;
}

// The comparison: ids of saved reports, in the order they were added.

export const MAX_COMPARED = 6;
export const MIN_COMPARED = 2;

export const COMPARISON: ListStore<string> = {
  key: 'comparison',
  version: 1,
  item: z.string().check(z.minLength(1), z.maxLength(100)),
  max: MAX_COMPARED,
  migrations: { 1: (old) => old },
};

export async function readComparison(): Promise<Read<string[]>> {
  return readList(COMPARISON);
}

async function writeComparison(ids: string[]): Promise<void> {
  await writeList(COMPARISON, [...new Set(ids)]);
}

export type CompareOutcome = { status: 'added'; ids: string[]; replaced?: string } | { status: 'full'; ids: string[] };

/**
 * Put a saved report in the comparison. A page already there is replaced by its newer
 * snapshot (the older one stays saved, for "what changed"). A full comparison is left alone.
 */
export function addToComparison(id: string): Promise<CompareOutcome> {
  return exclusive(() => addingToComparison(id));
}

async function addingToComparison(id: string): Promise<CompareOutcome> {
  const ids = (await readComparison()).value;
  if (ids.includes(id)) return { status: 'added', ids };
  const reports = (await readReports()).value;
  const incoming = reports.find((r) => r.id === id);
  if (!incoming) throw new Error(`No saved report ${id}`);
  const samePage = ids.find((x) => {
    const r = reports.find((y) => y.id === x);
    return r && pageKey(r.url) === pageKey(incoming.url);
  });
  if (samePage) {
    const next = ids.map((x) => (x === samePage ? id : x));
    await writeComparison(next);
    return { status: 'added', ids: next, replaced: samePage };
  }
  if (ids.length >= MAX_COMPARED) return { status: 'full', ids };
  const next = [...ids, id];
  await writeComparison(next);
  return { status: 'added', ids: next };
}

export function removeFromComparison(id: string): Promise<string[]> {
  return exclusive(async () => {
    const next = (await readComparison()).value.filter((x) => x !== id);
    await writeComparison(next);
    return next;
  });
}

export function watchComparison(cb: (ids: Read<string[]>) => void): () => void {
  return watchKey(COMPARISON.key, (raw) => cb(parseList(COMPARISON, raw)));
}
