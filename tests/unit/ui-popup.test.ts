// The popup's first look at a tab it knows nothing about, case by case.
import { describe, expect, it } from 'vitest';
import { firstLook, viewOfState } from '../../entrypoints/popup/decide';
import { translator } from '../../locales/index';

const auto = { autoScan: true, disabledSites: [] as string[] };
const manual = { autoScan: false, disabledSites: [] as string[] };

describe('firstLook', () => {
  it('has nothing to read in a tab that does not exist', () => {
    expect(firstLook(undefined, auto)).toEqual({ view: { kind: 'no-tab' }, scan: false });
  });

  it('cannot read browser pages, and does not try', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'chrome-extension://abc/popup.html', 'file:///tmp/x.html', 'view-source:https://a.test/']) {
      const r = firstLook({ url, status: 'complete' }, auto);
      expect(r.view.kind, url).toBe('unreadable');
      expect(r.scan).toBe(false);
    }
  });

  it('tells a page opened from disk apart, so the popup can say how to open it instead', () => {
    expect(firstLook({ url: 'file:///home/me/examples/slidecraft.html', status: 'complete' }, auto).view).toEqual({ kind: 'unreadable', reason: 'file' });
    expect(translator('en')('popup.unreadableFile')).toMatch(/http\.server/);
    expect(translator('zh')('popup.unreadableFile')).toMatch(/http\.server/);
  });

  it('leaves a site the user turned off alone, subdomains included, and says which', () => {
    const off = { ...auto, disabledSites: ['example.com'] };
    expect(firstLook({ url: 'https://docs.example.com/x', status: 'complete' }, off)).toEqual({
      view: { kind: 'site-off', host: 'docs.example.com' },
      scan: false,
    });
    expect(firstLook({ url: 'https://www.example.com/', status: 'complete' }, off).view).toEqual({ kind: 'site-off', host: 'example.com' });
    expect(firstLook({ url: 'https://notexample.com/', status: 'complete' }, off).scan).toBe(true);
  });

  it('waits for a loading page to report by itself when scanning is automatic', () => {
    expect(firstLook({ url: 'https://a.test/', status: 'loading' }, auto)).toEqual({ view: { kind: 'scanning', manual: false }, scan: false });
  });

  it('scans at once in manual mode, or when a loaded page has said nothing (opened before Sceptic was installed)', () => {
    expect(firstLook({ url: 'https://a.test/', status: 'loading' }, manual)).toEqual({ view: { kind: 'scanning', manual: true }, scan: true });
    expect(firstLook({ url: 'https://a.test/', status: 'complete' }, auto)).toEqual({ view: { kind: 'scanning', manual: false }, scan: true });
  });

  it('scans when the address is not known to it', () => {
    expect(firstLook({ status: 'complete' }, auto).scan).toBe(true);
  });
});

describe('viewOfState', () => {
  it('shows what the background holds, and nothing for a tab it holds nothing for', () => {
    expect(viewOfState({ status: 'none' }, auto)).toBeNull();
    expect(viewOfState({ status: 'scanning', url: 'https://a.test/' }, manual)).toEqual({ kind: 'scanning', manual: true });
    expect(viewOfState({ status: 'unreadable', url: 'https://a.test/', reason: 'x' }, auto)).toEqual({ kind: 'unreadable', reason: 'x' });
  });

  it('does not show a report held for a site the user has since turned off', async () => {
    const { analyse } = await import('../../heuristics/index');
    const report = analyse([{ id: 'h', role: 'hero', text: 'Saves 80% of your PPT work.' }]);
    const held = { status: 'ready' as const, url: 'https://app.vendor.test/pricing', title: 'T', at: 1, report };
    expect(viewOfState(held, { autoScan: true, disabledSites: ['vendor.test'] })).toEqual({ kind: 'site-off', host: 'app.vendor.test' });
    expect(viewOfState(held, { autoScan: true, disabledSites: ['other.test'] })?.kind).toBe('ready');
    expect(viewOfState(held, { autoScan: true, disabledSites: ['test.vendor'] })?.kind).toBe('ready');
  });
});
