// The content script reads settings without zod; it must read them exactly as utils/storage.ts does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askSettings, DEFAULT_SETTINGS, parseSettings } from '../../entrypoints/content/settings';
import { RUBRIC_IDS } from '../../heuristics/types';
import { isSiteOff } from '../../utils/settings';
import { parseSettings as storageParse } from '../../utils/storage';

const fields = ['autoScan', 'sensitivity', 'disabledRubrics', 'marksDefault', 'disabledSites', 'language'] as const;

const settingsLike = fc.record(
  {
    autoScan: fc.oneof(fc.boolean(), fc.constantFrom('yes', 0, null)),
    sensitivity: fc.oneof(fc.constantFrom('lenient', 'normal', 'strict', 'extreme'), fc.integer()),
    disabledRubrics: fc.oneof(fc.uniqueArray(fc.constantFrom(...RUBRIC_IDS, 'R11', 'r1'), { maxLength: 4 }), fc.string()),
    marksDefault: fc.oneof(fc.boolean(), fc.constant('true')),
    disabledSites: fc.oneof(
      fc.array(fc.oneof(fc.domain(), fc.constantFrom('Example.com', '*.example.com', 'example.com.', '', 'a b', 'localhost')), { maxLength: 4 }),
      fc.constant('example.com'),
    ),
    language: fc.constantFrom('auto', 'en', 'zh', 'fr'),
    version: fc.constantFrom(1, 0, 2, 'x'),
  },
  { requiredKeys: [] },
);

describe('content settings', () => {
  it('agree with utils/storage.ts field by field, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(settingsLike, fc.anything()), (raw) => {
        const mine = parseSettings(raw);
        const theirs = storageParse(raw).value;
        for (const f of fields) expect(mine[f]).toEqual(theirs[f]);
      }),
      { numRuns: 1500 },
    );
  });

  it('are asked of the background, and fall back to the defaults when it fails or answers nonsense', async () => {
    const asked: unknown[] = [];
    const s = await askSettings((msg) => {
      asked.push(msg);
      return Promise.resolve({ autoScan: false, sensitivity: 'loud', marksDefault: false, disabledSites: ['example.com'] });
    });
    expect(asked).toEqual([{ type: 'content/get-settings' }]);
    expect(s).toEqual({ ...DEFAULT_SETTINGS, autoScan: false, marksDefault: false, disabledSites: ['example.com'] });
    expect(await askSettings(() => Promise.reject(new Error('no background')))).toEqual(DEFAULT_SETTINGS);
    expect(await askSettings(() => Promise.resolve('garbage'))).toEqual(DEFAULT_SETTINGS);
    expect(await askSettings(() => Promise.resolve(undefined))).toEqual(DEFAULT_SETTINGS);
  });

  it('switch a site off with its subdomains, and nothing else', () => {
    const s = parseSettings({ disabledSites: ['example.com'] });
    expect(isSiteOff(s, 'example.com')).toBe(true);
    expect(isSiteOff(s, 'www.example.com')).toBe(true);
    expect(isSiteOff(s, 'EXAMPLE.com.')).toBe(true);
    expect(isSiteOff(s, 'notexample.com')).toBe(false);
    expect(isSiteOff(s, 'example.com.evil.org')).toBe(false);
  });
});
