// Nothing lost. What Sceptic stored in every earlier version (tests/fixtures/storage/v*.json,
// one snapshot of storage.local per version) is read back whole by this build and keeps working;
// damaged, partial or unreadable storage always gives a valid state and says what was left out.
// Complements tests/unit/storage.test.ts (the storage API case by case).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addToComparison,
  COMPARISON,
  DISMISSED,
  DismissalSchema,
  MAX_COMPARED,
  MAX_SAVED_REPORTS,
  parseList,
  parseSettings,
  REPORTS,
  readComparison,
  readDismissed,
  readReports,
  readSettings,
  SavedReportSchema,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SettingsSchema,
  saveReport,
  setDismissed,
  updateSettings,
  useStorageArea,
} from '../../utils/storage';
import { memoryStorage } from './storage-memory';

const DIR = resolve(import.meta.dirname, '../fixtures/storage');
const STORES = ['settings', 'dismissed', 'reports', 'comparison'] as const;
type Store = (typeof STORES)[number];
const CURRENT: Record<Store, number> = { settings: SETTINGS_VERSION, dismissed: DISMISSED.version, reports: REPORTS.version, comparison: COMPARISON.version };

interface Snapshot {
  file: string;
  description: string;
  versions: Record<Store, number>;
  storage: Record<Store, unknown>;
}

const SNAPSHOTS: Snapshot[] = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as Omit<Snapshot, 'file'>) }));

/** The items a snapshot holds for a list, whatever its shape (a bare array or `{ items }`). */
function storedItems(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  const items = (raw as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? items : [];
}

let mem: ReturnType<typeof memoryStorage>;
afterEach(() => useStorageArea(null));

describe('stored data from every earlier version', () => {
  it('has a snapshot for every version of every store, up to this build’s', () => {
    // Raising a store's version without a snapshot of the old one fails here: add tests/fixtures/storage/vN.json.
    for (const store of STORES) {
      for (let v = 0; v <= CURRENT[store]; v++)
        expect(
          SNAPSHOTS.some((s) => s.versions[store] === v),
          `${store} version ${v}`,
        ).toBe(true);
    }
    for (const s of SNAPSHOTS) for (const store of STORES) expect(s.versions[store]).toBeLessThanOrEqual(CURRENT[store]);
  });

  for (const snap of SNAPSHOTS) {
    describe(snap.file, () => {
      beforeEach(() => {
        mem = memoryStorage(snap.storage);
        useStorageArea(mem);
      });

      it('is read back whole, with no repair', async () => {
        const settings = await readSettings();
        expect(settings.recovered).toBe(false);
        // Every field the old record had is kept; the rest are the defaults.
        for (const [k, v] of Object.entries(snap.storage.settings as Record<string, unknown>))
          if (k !== 'version') expect(settings.value[k as keyof typeof settings.value]).toEqual(v);
        expect(SettingsSchema.safeParse(settings.value).success).toBe(true);

        const dismissed = await readDismissed();
        expect(dismissed.recovered).toBe(false);
        expect(dismissed.value).toEqual(storedItems(snap.storage.dismissed));

        const reports = await readReports();
        // A report that no longer fits the engine's schema would be dropped here: when the report
        // shape changes, raise REPORTS.version, write the migration and add a snapshot.
        expect(reports.recovered).toBe(false);
        expect(reports.value.map((r) => r.id)).toEqual(storedItems(snap.storage.reports).map((r) => (r as { id: string }).id));
        for (const [i, r] of reports.value.entries()) expect(r.report).toEqual((storedItems(snap.storage.reports)[i] as { report: unknown }).report);

        const comparison = await readComparison();
        expect(comparison.recovered).toBe(false);
        expect(comparison.value).toEqual(storedItems(snap.storage.comparison));
      });

      it('keeps working: each change writes the current version and keeps the old data', async () => {
        const before = {
          settings: (await readSettings()).value,
          dismissed: (await readDismissed()).value,
          reports: (await readReports()).value,
          comparison: (await readComparison()).value,
        };
        await updateSettings({ marksDefault: !before.settings.marksDefault });
        await setDismissed('https://new.test/page', 'undated-figure', 'A new claim.', true, 5);
        const saved = await saveReport({
          url: 'https://new.test/page',
          title: 'New',
          at: 9e12,
          sensitivity: 'normal',
          report: before.reports[0]?.report ?? (await fallbackReport()),
        });
        expect(saved.status).toBe('saved');
        if (saved.status === 'saved') expect((await addToComparison(saved.saved.id)).status).toBe('added');

        const stored = Object.fromEntries(mem.data) as Record<Store, { version?: number }>;
        for (const store of STORES) expect(stored[store]?.version, store).toBe(CURRENT[store]);
        const settings = (await readSettings()).value;
        expect({ ...settings, marksDefault: before.settings.marksDefault }).toEqual(before.settings);
        expect((await readDismissed()).value.slice(0, before.dismissed.length)).toEqual(before.dismissed);
        expect((await readReports()).value.slice(0, before.reports.length)).toEqual(before.reports);
        expect((await readComparison()).value.slice(0, before.comparison.length)).toEqual(before.comparison);
      });
    });
  }
});

async function fallbackReport() {
  const { analyse } = await import('../../heuristics/index');
  return analyse([{ id: 'h', text: 'Saves 80% of your PPT work.', role: 'hero' }]);
}

// ─── Damaged storage ─────────────────────────────────────────────────────────────────────

const v1 = SNAPSHOTS.find((s) => s.versions.reports === 1)?.storage;
const goodReport = storedItems(v1?.reports)[0];
const goodDismissal = storedItems(v1?.dismissed)[0];
const anyValue = fc.anything({ withNullPrototype: false, withBoxedValues: false, withMap: false, withSet: false, withDate: true, withTypedArray: true });

/** Stored values for a list: right and wrong shapes, right and wrong items, mixed. */
function listLike(good: unknown) {
  const item = fc.oneof(
    { weight: 2, arbitrary: fc.constant(good) },
    { weight: 3, arbitrary: anyValue },
    { weight: 1, arbitrary: fc.constant({ ...(good as object), at: 'yesterday' }) },
  );
  return fc.oneof(
    anyValue,
    fc.array(item, { maxLength: 6 }),
    fc.record(
      { version: fc.oneof(fc.integer({ min: -2, max: 3 }), anyValue), items: fc.oneof(fc.array(item, { maxLength: 6 }), anyValue) },
      { requiredKeys: [] },
    ),
  );
}

const settingsLike = fc.oneof(
  anyValue,
  fc.record(
    {
      version: fc.oneof(fc.integer({ min: -1, max: 3 }), anyValue),
      autoScan: fc.oneof(fc.boolean(), anyValue),
      sensitivity: fc.oneof(fc.constantFrom('lenient', 'normal', 'strict', 'paranoid'), anyValue),
      disabledRubrics: fc.oneof(fc.array(fc.constantFrom('R1', 'R2', 'R11', 'x')), anyValue),
      language: fc.oneof(fc.constantFrom('auto', 'en', 'zh', 'fr'), anyValue),
      marksDefault: fc.oneof(fc.boolean(), anyValue),
      disabledSites: fc.oneof(fc.array(fc.constantFrom('example.com', 'not a host', 'a.b.c')), anyValue),
    },
    { requiredKeys: [] },
  ),
);

describe('damaged, partial or unreadable storage', () => {
  it('settings: any stored value gives valid settings, and a repair is always said', () => {
    fc.assert(
      fc.property(settingsLike, (raw) => {
        const r = parseSettings(raw);
        expect(SettingsSchema.safeParse(r.value).success).toBe(true);
        // Nothing stored, or a record that checks out as it stands (after migration): no repair to tell.
        const clean = raw === undefined || raw === null || SettingsSchema.safeParse(raw).success;
        if (clean) expect(r.recovered).toBe(false);
        // A value that is not a record at all is always a repair.
        if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) expect(r.recovered).toBe(true);
        if (r.recovered) expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  const lists = [
    { store: DISMISSED, good: goodDismissal, schema: DismissalSchema },
    { store: REPORTS, good: goodReport, schema: SavedReportSchema },
    { store: COMPARISON, good: 'r-slides', schema: COMPARISON.item },
  ] as const;
  for (const { store, good, schema } of lists) {
    it(`${store.key}: any stored value gives a valid list, every good item is kept, and every dropped one is said`, () => {
      fc.assert(
        fc.property(listLike(good), (raw) => {
          const r = parseList(store as typeof DISMISSED, raw);
          expect(r.value.length).toBeLessThanOrEqual(store.max);
          for (const it of r.value) expect((schema as typeof DismissalSchema).safeParse(it).success).toBe(true);
          const items = raw === null || raw === undefined ? [] : storedItems(raw);
          const wellFormed =
            raw === null || raw === undefined || Array.isArray(raw) || (typeof raw === 'object' && Array.isArray((raw as { items?: unknown }).items));
          const goodOnes = items.filter((i) => (schema as typeof DismissalSchema).safeParse(i).success);
          if (wellFormed) expect(r.value.length).toBe(Math.min(goodOnes.length, store.max));
          const lost = !wellFormed || goodOnes.length < items.length || goodOnes.length > store.max;
          expect(r.recovered).toBe(lost);
          if (r.recovered) expect(r.problems.join(' ')).toContain(store.key);
        }),
        { numRuns: 1500 },
      );
    });
  }

  it('partial storage: whatever keys are missing, each store reads, and only damage is reported', async () => {
    const full = v1 as Record<Store, unknown>;
    await fc.assert(
      fc.asyncProperty(fc.subarray([...STORES]), async (present) => {
        mem = memoryStorage(Object.fromEntries(present.map((k) => [k, full[k]])));
        useStorageArea(mem);
        const reads = [await readSettings(), await readDismissed(), await readReports(), await readComparison()];
        for (const r of reads) expect(r.recovered).toBe(false);
        expect((await readReports()).value.length).toBe(present.includes('reports') ? storedItems(full.reports).length : 0);
      }),
      { numRuns: 30 },
    );
  });

  it('one damaged item is left out, its neighbours kept, and the next write stores a clean list', async () => {
    mem = memoryStorage({ reports: { version: 1, items: [goodReport, { id: 'broken', report: 'truncated…' }] } });
    useStorageArea(mem);
    const r = await readReports();
    expect(r.value.map((x) => x.id)).toEqual(['r-slides']);
    expect(r.recovered && r.problems).toEqual(['reports: 1 unreadable item(s) left out']);
    await saveReport({ url: 'https://b.test/', title: 'B', at: 1, sensitivity: 'normal', report: (goodReport as { report: never }).report });
    expect(await readReports()).toMatchObject({ recovered: false });
    expect((mem.data.get('reports') as { items: unknown[] }).items).toHaveLength(2);
  });

  it('storage that throws gives empty lists and default settings, and says so', async () => {
    const failing = {
      area: {
        get: () => Promise.reject(new Error('IO error: corruption')),
        set: () => Promise.reject(new Error('quota')),
        remove: () => Promise.reject(new Error('x')),
      },
      events: { addListener: () => undefined, removeListener: () => undefined },
    };
    useStorageArea(failing);
    for (const r of [await readSettings(), await readDismissed(), await readReports(), await readComparison()]) {
      expect(r.recovered).toBe(true);
      if (r.recovered) expect(r.problems[0]).toMatch(/^storage: .*IO error/);
    }
  });

  it('a record from a newer build is read for what it can give, and reading never rewrites it', async () => {
    const future = {
      [SETTINGS_KEY]: {
        version: SETTINGS_VERSION + 1,
        autoScan: false,
        sensitivity: 'strict',
        disabledRubrics: [],
        language: 'zh',
        marksDefault: true,
        disabledSites: [],
        theme: 'dark',
      },
      comparison: { version: COMPARISON.version + 1, items: ['r-slides'], pinned: 'r-slides' },
    };
    mem = memoryStorage(future);
    useStorageArea(mem);
    expect((await readSettings()).value).toMatchObject({ autoScan: false, sensitivity: 'strict', language: 'zh' });
    expect((await readComparison()).value).toEqual(['r-slides']);
    expect(Object.fromEntries(mem.data)).toEqual(future);
  });

  it('the saved-report cap and the comparison cap hold, and nothing is dropped without consent', async () => {
    mem = memoryStorage();
    useStorageArea(mem);
    const report = (goodReport as { report: never }).report;
    for (let i = 0; i < MAX_SAVED_REPORTS; i++) await saveReport({ url: `https://a.test/${i}`, title: `A${i}`, at: 1000 + i, sensitivity: 'normal', report });
    const before = JSON.stringify(mem.data.get('reports'));
    const asked = await saveReport({ url: 'https://late.test/', title: 'Late', at: 5000, sensitivity: 'normal', report });
    expect(asked.status).toBe('needs-room');
    if (asked.status === 'needs-room') expect(asked.evict.map((r) => r.title)).toEqual(['A0']);
    expect(JSON.stringify(mem.data.get('reports'))).toBe(before);
    for (let i = 0; i < MAX_COMPARED + 2; i++) await addToComparison((await readReports()).value[i]?.id ?? '');
    expect((await readComparison()).value).toHaveLength(MAX_COMPARED);
  });
});
