// The settings core (utils/settings.ts): one set of defaults, one list per setting, one hostname
// check and one answer to "is Sceptic off on this site", for the content script and storage alike.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSettings as contentParse } from '../../entrypoints/content/settings';
import { LANGS, SENSITIVITIES } from '../../heuristics/types';
import { LANGUAGES, resolveLang } from '../../locales/lang';
import { DEFAULT_SETTINGS, defaultSettings, isHostname, isSiteOff } from '../../utils/settings';
import { parseSettings as storageParse } from '../../utils/storage';

describe('the settings core', () => {
  it('gives the content script and storage the same defaults', () => {
    expect(contentParse(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(storageParse(undefined).value).toEqual(DEFAULT_SETTINGS);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    const fresh = defaultSettings();
    fresh.disabledSites.push('example.com');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  it('offers every language the engine speaks, and auto', () => {
    expect(LANGUAGES).toEqual(['auto', ...LANGS]);
    for (const l of LANGS) expect(resolveLang('auto', `${l}-XX`)).toBe(l);
    expect(SENSITIVITIES).toEqual(['lenient', 'normal', 'strict']);
  });

  it('says a site is off for itself and its subdomains only', () => {
    const s = { disabledSites: ['example.com'] };
    expect(isSiteOff(s, 'example.com')).toBe(true);
    expect(isSiteOff(s, 'www.example.com')).toBe(true);
    expect(isSiteOff(s, 'Docs.Example.com.')).toBe(true);
    expect(isSiteOff(s, 'badexample.com')).toBe(false);
    expect(isSiteOff(s, 'example.com.evil.org')).toBe(false);
    expect(isHostname('example.com')).toBe(true);
    expect(isHostname('not a host')).toBe(false);
  });

  it('keeps locales/ free of utils/', () => {
    const dir = fileURLToPath(new URL('../../locales/', import.meta.url));
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      expect(readFileSync(`${dir}${f}`, 'utf8'), f).not.toMatch(/from '\.\.\/utils/);
    }
  });
});
