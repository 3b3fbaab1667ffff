// The pages' actions on a scan: the popup and the report page save a scan under one id, so the
// same scan saved from both is kept once; a full library drops nothing without the reader's say.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../../heuristics/index';
import { pageActions, scanOfTab } from '../../hooks/page-actions';
import { translator } from '../../locales/index';
import { titleOrHost } from '../../utils/present';
import type { TabState } from '../../utils/protocol';
import { MAX_SAVED_REPORTS, readComparison, readReports, saveReport, scanId, useStorageArea } from '../../utils/storage';
import { memoryStorage } from './storage-memory';

beforeEach(() => useStorageArea(memoryStorage()));
afterEach(() => useStorageArea(null));

const t = translator('en');
const report = analyse([
  { id: 'h', text: 'Saves 80% of your PPT work. Trusted by 10,000 teams.', role: 'hero' },
  { id: 'p', text: 'Pricing', role: 'heading' },
  { id: 'q', text: '$12 per month', role: 'pricing' },
]);
const tab: Extract<TabState, { status: 'ready' }> = { status: 'ready', url: 'https://slides.test/product', title: 'Slides', at: 1_700_000_000_000, report };

/** The actions as a page builds them for the tab's report, and what they said. */
function actionsFor(opts: { savedId?: string | null; confirmEvict?: () => boolean } = {}) {
  const said: string[] = [];
  const actions = pageActions(t, 'en', { ...scanOfTab(tab, 'normal'), dismissed: [] }, { say: (m) => said.push(m), ...opts });
  return { actions, said };
}

describe('saving a scan', () => {
  it('from the popup (add to comparison) and then the report page (save) keeps one copy', async () => {
    const popup = actionsFor({ confirmEvict: () => true });
    await popup.actions.compare();
    expect(popup.said).toEqual([t('popup.added', { count: 1 })]);
    const page = actionsFor({ savedId: null, confirmEvict: () => true });
    expect(await page.actions.save()).toBe(scanId(tab.url, tab.at));
    expect(page.said).toEqual([t('report.saved')]);
    const saved = (await readReports()).value;
    expect(saved.map((r) => r.id)).toEqual([scanId(tab.url, tab.at)]);
    expect((await readComparison()).value).toEqual([scanId(tab.url, tab.at)]);
  });

  it('from the report page and then the popup keeps one copy, in the comparison once', async () => {
    await actionsFor().actions.save();
    await actionsFor().actions.compare();
    await actionsFor().actions.compare();
    expect((await readReports()).value).toHaveLength(1);
    expect((await readComparison()).value).toEqual([scanId(tab.url, tab.at)]);
  });

  it('does not save again a report opened from the library', async () => {
    const { actions } = actionsFor({ savedId: 'older-id' });
    expect(await actions.save()).toBe('older-id');
    expect((await readReports()).value).toEqual([]);
  });

  it('asks before a full library drops its oldest, naming them, and drops nothing when told no', async () => {
    for (let i = 0; i < MAX_SAVED_REPORTS; i++)
      await saveReport({ ...scanOfTab(tab, 'normal'), url: `https://old${i}.test/`, title: i ? `Old ${i}` : '  ', at: i });
    const asked: string[] = [];
    const said: string[] = [];
    let yes = false;
    const actions = pageActions(
      t,
      'en',
      { ...scanOfTab(tab, 'normal'), dismissed: [] },
      {
        say: (m) => said.push(m),
        confirmEvict: (_evict, question) => {
          asked.push(question);
          return yes;
        },
      },
    );
    expect(await actions.save()).toBeNull();
    expect(asked).toEqual([t('popup.savedFull', { max: MAX_SAVED_REPORTS, list: 'old0.test' })]);
    expect((await readReports()).value.some((r) => r.url === tab.url)).toBe(false);
    yes = true;
    expect(await actions.save()).toBe(scanId(tab.url, tab.at));
    const urls = (await readReports()).value.map((r) => r.url);
    expect(urls).toHaveLength(MAX_SAVED_REPORTS);
    expect(urls).toContain(tab.url);
    expect(urls).not.toContain('https://old0.test/');
  });
});

describe('titleOrHost', () => {
  it('names a page by its title, or by its host without www. when the title is blank', () => {
    expect(titleOrHost('  Slides  ', 'https://www.slides.test/x')).toBe('Slides');
    expect(titleOrHost(' ', 'https://www.slides.test/x')).toBe('slides.test');
    expect(titleOrHost('', 'not a url')).toBe('not a url');
  });
});
