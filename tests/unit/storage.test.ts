import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../../heuristics/index';
import { DEFAULT_SETTINGS, isSiteOff } from '../../utils/settings';
import {
  addToComparison,
  deleteReport,
  dismissedOn,
  evictionsFor,
  isDismissed,
  MAX_COMPARED,
  MAX_SAVED_REPORTS,
  migrate,
  normaliseSite,
  pageKey,
  parseSettings,
  previousOf,
  readComparison,
  readDismissed,
  readReports,
  readSettings,
  type SavedReport,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  saveReport,
  scanId,
  setDismissed,
  updateSettings,
  useStorageArea,
  watchSettings,
  writeSettings,
} from '../../utils/storage';
import { memoryStorage } from './storage-memory';

let mem: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  mem = memoryStorage();
  useStorageArea(mem);
});
afterEach(() => useStorageArea(null));

const report = analyse([
  { id: 'h', text: 'Saves 80% of your PPT work. Trusted by 10,000 teams.', role: 'hero' },
  { id: 'p', text: 'Pricing', role: 'heading' },
  { id: 'q', text: '$12 per month', role: 'pricing' },
  { id: 'c', text: 'Start free trial', role: 'body' },
]);

function snapshot(url: string, at: number): Omit<SavedReport, 'id'> {
  return { url, title: `Page at ${at}`, at, sensitivity: 'normal', report };
}

describe('settings', () => {
  it('are the defaults when nothing is stored, without claiming a repair', async () => {
    const r = await readSettings();
    expect(r).toEqual({ value: { ...DEFAULT_SETTINGS }, recovered: false });
  });

  it('round-trip under the one key `settings`, with a version', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, autoScan: false, disabledRubrics: ['R5', 'R2', 'R5'], disabledSites: ['Example.com'] });
    const stored = mem.data.get(SETTINGS_KEY) as Record<string, unknown>;
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(stored.autoScan).toBe(false);
    const r = await readSettings();
    expect(r.recovered).toBe(false);
    expect(r.value.disabledRubrics).toEqual(['R2', 'R5']);
    expect(r.value.disabledSites).toEqual(['example.com']);
  });

  it('migrate an unversioned record, keeping its fields and filling the new ones', () => {
    const r = parseSettings({ autoScan: false, sensitivity: 'strict' });
    expect(r.recovered).toBe(false);
    expect(r.value).toEqual({ ...DEFAULT_SETTINGS, autoScan: false, sensitivity: 'strict' });
  });

  it('repair a damaged record field by field and say which fields were replaced', () => {
    const r = parseSettings({
      version: 1,
      autoScan: 'yes',
      sensitivity: 'normal',
      disabledRubrics: ['R2', 'R99'],
      language: 'zh',
      marksDefault: false,
      disabledSites: [],
    });
    expect(r.recovered).toBe(true);
    if (r.recovered) expect(r.problems.sort()).toEqual(['autoScan', 'disabledRubrics']);
    expect(r.value).toEqual({ ...DEFAULT_SETTINGS, language: 'zh', marksDefault: false });
  });

  it('fall back to defaults on a value that is not a record at all', async () => {
    for (const bad of ['{"autoScan":false', 42, [1, 2], true]) {
      const r = parseSettings(bad);
      expect(r.recovered).toBe(true);
      expect(r.value).toEqual({ ...DEFAULT_SETTINGS });
    }
    mem.data.set(SETTINGS_KEY, 'garbage');
    expect((await readSettings()).recovered).toBe(true);
  });

  it('never throw when storage itself fails', async () => {
    useStorageArea({
      area: {
        get: () => Promise.reject(new Error('quota')),
        set: () => Promise.reject(new Error('quota')),
        remove: () => Promise.reject(new Error('quota')),
      },
      events: mem.events,
    });
    const r = await readSettings();
    expect(r.value).toEqual({ ...DEFAULT_SETTINGS });
    expect(r.recovered).toBe(true);
  });

  it('refuse to write a value outside the schema', async () => {
    await expect(writeSettings({ ...DEFAULT_SETTINGS, sensitivity: 'paranoid' as 'strict' })).rejects.toThrow();
    await expect(writeSettings({ ...DEFAULT_SETTINGS, disabledSites: ['not a host'] })).rejects.toThrow();
    expect(mem.data.has(SETTINGS_KEY)).toBe(false);
  });

  it('update one field and keep the others', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, language: 'zh' });
    await updateSettings({ marksDefault: false });
    expect((await readSettings()).value).toMatchObject({ language: 'zh', marksDefault: false, autoScan: true });
  });

  it('are watched: a change calls back with the parsed settings, and unwatching stops it', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.value.autoScan));
    await updateSettings({ autoScan: false });
    await updateSettings({ autoScan: true });
    stop();
    await updateSettings({ autoScan: false });
    expect(seen).toEqual([false, true]);
    expect(mem.listeners.size).toBe(0);
  });
});

describe('migrate', () => {
  it('runs each step from the stored version up to the target, in order', () => {
    const steps: number[] = [];
    const step = (n: number, add: (o: Record<string, unknown>) => Record<string, unknown>) => (o: Record<string, unknown>) => {
      steps.push(n);
      return { ...o, ...add(o) };
    };
    const migrations = { 1: step(1, () => ({ a: 1 })), 2: step(2, (o) => ({ b: o.a })), 3: step(3, () => ({ c: 3 })) };
    expect(migrate({ version: 1, a: 5 }, 3, migrations)).toEqual({ value: { version: 3, a: 5, b: 5, c: 3 }, from: 1 });
    expect(steps).toEqual([2, 3]);
    expect(migrate({ version: 9, z: 1 }, 3, migrations).value).toEqual({ version: 9, z: 1 });
  });
});

describe('sites where Sceptic stays off', () => {
  it('normalise what people type into hostnames', () => {
    expect(normaliseSite('https://www.Example.com/pricing?x=1')).toBe('example.com');
    expect(normaliseSite('app.example.co.uk')).toBe('app.example.co.uk');
    expect(normaliseSite('example.com/path')).toBe('example.com');
    expect(normaliseSite('localhost:8080')).toBe('localhost');
    expect(normaliseSite('   ')).toBeNull();
    expect(normaliseSite('not a host')).toBeNull();
    expect(normaliseSite('http://')).toBeNull();
  });

  it('cover the site, www and subdomains, and nothing that merely ends the same', () => {
    const s = { disabledSites: ['example.com'] };
    expect(isSiteOff(s, 'example.com')).toBe(true);
    expect(isSiteOff(s, 'www.example.com')).toBe(true);
    expect(isSiteOff(s, 'docs.example.com')).toBe(true);
    expect(isSiteOff(s, 'badexample.com')).toBe(false);
    expect(isSiteOff(s, 'example.org')).toBe(false);
  });
});

describe('dismissed flags', () => {
  it('are kept per page (not per query or fragment), rule and sentence', async () => {
    await setDismissed('https://a.test/p?utm=1#top', 'unbaselined-percentage', 'Saves 80%.', true, 1);
    const list = await dismissedOn('https://a.test/p');
    expect(list).toHaveLength(1);
    expect(isDismissed(list, 'https://a.test/p#x', 'unbaselined-percentage', 'Saves 80%.')).toBe(true);
    expect(isDismissed(list, 'https://a.test/p', 'absolute-guarantee', 'Saves 80%.')).toBe(false);
    expect(await dismissedOn('https://a.test/other')).toEqual([]);
    await setDismissed('https://a.test/p', 'unbaselined-percentage', 'Saves 80%.', false);
    expect((await readDismissed()).value).toEqual([]);
  });

  it('leave out unreadable items and say so', async () => {
    mem.data.set('dismissed', { version: 1, items: [{ page: 'https://a.test/p', rule: 'r', claim: 'c', at: 1 }, { page: 5 }] });
    const r = await readDismissed();
    expect(r.value).toHaveLength(1);
    expect(r.recovered).toBe(true);
  });
});

describe('saved reports', () => {
  it('save and read back a snapshot', async () => {
    const out = await saveReport(snapshot('https://a.test/', 1));
    expect(out.status).toBe('saved');
    const all = (await readReports()).value;
    expect(all).toHaveLength(1);
    expect(all[0]?.report.counts.claims).toBe(report.counts.claims);
  });

  it('drop nothing when full unless allowed, then drop the oldest first', async () => {
    for (let i = 0; i < MAX_SAVED_REPORTS; i++) expect((await saveReport(snapshot(`https://a.test/${i}`, 100 + i))).status).toBe('saved');
    const refused = await saveReport(snapshot('https://b.test/', 999));
    expect(refused.status).toBe('needs-room');
    if (refused.status === 'needs-room') expect(refused.evict.map((r) => r.url)).toEqual(['https://a.test/0']);
    expect((await readReports()).value).toHaveLength(MAX_SAVED_REPORTS);
    expect((await readReports()).value.some((r) => r.url === 'https://b.test/')).toBe(false);
    const done = await saveReport(snapshot('https://b.test/', 999), { allowEvict: true });
    expect(done.status).toBe('saved');
    const urls = (await readReports()).value.map((r) => r.url);
    expect(urls).toHaveLength(MAX_SAVED_REPORTS);
    expect(urls).not.toContain('https://a.test/0');
    expect(urls).toContain('https://b.test/');
  });

  it('keep one copy of a scan saved twice, and one per scan of the same page', async () => {
    const first = await saveReport(snapshot('https://a.test/p', 5));
    const again = await saveReport({ ...snapshot('https://a.test/p', 5), title: 'Same scan, saved again' });
    expect(first.status === 'saved' && again.status === 'saved' && again.saved.id === first.saved.id).toBe(true);
    expect((await readReports()).value.map((r) => r.title)).toEqual(['Same scan, saved again']);
    await saveReport(snapshot('https://a.test/p', 6));
    await saveReport(snapshot('https://a.test/q', 5));
    expect((await readReports()).value).toHaveLength(3);
    expect(scanId('https://a.test/p', 5)).toBe(scanId('https://a.test/p', 5));
    expect(scanId('https://a.test/p', 5)).not.toBe(scanId('https://a.test/q', 5));
  });

  it('evict by size as well as by count, oldest first', () => {
    const mk = (at: number): SavedReport => ({ id: String(at), ...snapshot('https://a.test/', at) });
    const one = JSON.stringify(mk(1)).length;
    const evict = evictionsFor([mk(3), mk(1), mk(2)], mk(4), { count: 10, bytes: one * 2 + 10 });
    expect(evict.map((r) => r.at)).toEqual([1, 2]);
  });

  it('find the previous snapshot of the same page', async () => {
    await saveReport(snapshot('https://a.test/p?x=1', 1));
    await saveReport(snapshot('https://a.test/p', 2));
    await saveReport(snapshot('https://a.test/q', 3));
    const all = (await readReports()).value;
    const latest = all.find((r) => r.at === 2);
    expect(latest && previousOf(all, latest)?.at).toBe(1);
    const first = all.find((r) => r.at === 1);
    expect(first && previousOf(all, first)).toBeUndefined();
  });
});

describe('the comparison', () => {
  async function saved(url: string, at: number): Promise<string> {
    const out = await saveReport(snapshot(url, at));
    if (out.status !== 'saved') throw new Error(out.status);
    return out.saved.id;
  }

  it('holds up to six pages and refuses a seventh', async () => {
    for (let i = 0; i < MAX_COMPARED; i++) expect((await addToComparison(await saved(`https://s${i}.test/`, i))).status).toBe('added');
    const full = await addToComparison(await saved('https://s9.test/', 99));
    expect(full.status).toBe('full');
    expect((await readComparison()).value).toHaveLength(MAX_COMPARED);
  });

  it('replaces an older snapshot of the same page with the newer one', async () => {
    const a1 = await saved('https://a.test/', 1);
    const b = await saved('https://b.test/', 2);
    const a2 = await saved('https://a.test/#pricing', 3);
    await addToComparison(a1);
    await addToComparison(b);
    const out = await addToComparison(a2);
    expect(out).toEqual({ status: 'added', ids: [a2, b], replaced: a1 });
  });

  it('forgets a deleted report', async () => {
    const a = await saved('https://a.test/', 1);
    await addToComparison(a);
    await deleteReport(a);
    expect((await readComparison()).value).toEqual([]);
    expect((await readReports()).value).toEqual([]);
  });
});

describe('pageKey', () => {
  it('is origin and path', () => {
    expect(pageKey('https://a.test/x/y?q=1#z')).toBe('https://a.test/x/y');
    expect(pageKey('not a url?x')).toBe('not a url');
  });
});

describe('changes made at the same moment', () => {
  // Each change reads a list and writes it back: two at once must not undo each other.
  it('are all kept: dismissals, saved reports, the comparison and settings', async () => {
    const n = 12;
    await Promise.all(Array.from({ length: n }, (_, i) => setDismissed('https://a.test/', `rule-${i}`, 'Saves 80% of your PPT work.', true, i)));
    expect((await dismissedOn('https://a.test/')).map((d) => d.rule).sort()).toEqual(Array.from({ length: n }, (_, i) => `rule-${i}`).sort());

    const outs = await Promise.all(Array.from({ length: 5 }, (_, i) => saveReport(snapshot(`https://s${i}.test/`, 10 + i))));
    const ids = outs.map((o) => (o.status === 'saved' ? o.saved.id : ''));
    expect((await readReports()).value.map((r) => r.id).sort()).toEqual([...ids].sort());
    await Promise.all(ids.map((id) => addToComparison(id)));
    expect([...(await readComparison()).value].sort()).toEqual([...ids].sort());
    await Promise.all([deleteReport(ids[0] ?? ''), setDismissed('https://a.test/', 'rule-0', 'Saves 80% of your PPT work.', false)]);
    expect((await readComparison()).value).not.toContain(ids[0]);
    expect((await dismissedOn('https://a.test/')).some((d) => d.rule === 'rule-0')).toBe(false);

    await Promise.all([updateSettings({ sensitivity: 'strict' }), updateSettings({ marksDefault: false }), updateSettings({ language: 'zh' })]);
    const s = (await readSettings()).value;
    expect([s.sensitivity, s.marksDefault, s.language]).toEqual(['strict', false, 'zh']);
  });

  it('go on after one of them fails', async () => {
    const failing = updateSettings({ sensitivity: 'extreme' as never });
    const next = setDismissed('https://a.test/', 'r', 'c', true);
    await expect(failing).rejects.toThrow();
    expect(await next).toHaveLength(1);
  });
});
