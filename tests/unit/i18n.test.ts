// Both interface languages have every string, with the same placeholders, and every key the
// code asks for exists: a missing or misspelt key fails here, not in front of a user.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNAL_LABELS } from '../../heuristics/signals';
import { en } from '../../locales/en';
import { formatDate, MESSAGES, placeholders, resolveLang, translator } from '../../locales/index';
import { zh } from '../../locales/zh';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

describe('interface strings', () => {
  const enKeys = Object.keys(en).sort();
  const zhKeys = Object.keys(zh).sort();

  it('have every English key in Chinese, and no Chinese key that English lacks', () => {
    expect(enKeys.filter((k) => !(k in zh))).toEqual([]);
    expect(zhKeys.filter((k) => !(k in en))).toEqual([]);
  });

  it('are never empty', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const [k, v] of Object.entries(MESSAGES[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
    }
  });

  it('name every page signal of the engine in both languages, the English as the engine says it', () => {
    // Signal labels are fixed by the signal's id, so the interface names them by id (reports saved
    // long ago included); the engine's own English label is the one the English interface shows.
    for (const [id, label] of Object.entries(SIGNAL_LABELS)) {
      expect(en[`signal.${id}` as keyof typeof en], id).toBe(label);
      expect(zh[`signal.${id}` as keyof typeof zh], id).toMatch(/[\u3400-\u9fff]/u);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const k of enKeys) expect(placeholders(zh[k as keyof typeof zh]), k).toEqual(placeholders(en[k as keyof typeof en]));
  });

  it('have a plural base for every _one form', () => {
    for (const k of enKeys.filter((x) => x.endsWith('_one'))) expect(enKeys, k).toContain(k.slice(0, -4));
  });

  it('are actually Chinese in Chinese: most values hold CJK characters', () => {
    const cjk = zhKeys.filter((k) => /[\u4e00-\u9fff]/u.test(zh[k as keyof typeof zh]));
    // Brand names, numbers and format names (Markdown, JSON) stay as they are.
    expect(cjk.length / zhKeys.length).toBeGreaterThan(0.9);
  });

  it('cover every literal key the interface asks for', () => {
    const files = ['entrypoints', 'components', 'utils'].flatMap((d) => sourceFiles(join(ROOT, d)));
    const missing: string[] = [];
    let seen = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        seen++;
        const key = m[1] ?? '';
        if (!(key in en)) missing.push(`${relative(ROOT, f)}: ${key}`);
      }
      // Keys built from a prefix and a value (`kind.${k}`): the prefix must exist for some key.
      for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z.]+)\.\$\{/g)) {
        const prefix = `${m[1]}.`;
        if (!enKeys.some((k) => k.startsWith(prefix))) missing.push(`${relative(ROOT, f)}: ${prefix}*`);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('name every vocabulary item of the engine', async () => {
    const { CLAIM_KINDS, EVIDENCE_KINDS, EVIDENCE_PLACES, GRADES, ROLES, RUBRIC_IDS, SEVERITIES, VERDICTS } = await import('../../heuristics/types');
    const want = [
      ...CLAIM_KINDS.map((k) => `kind.${k}`),
      ...EVIDENCE_KINDS.map((k) => `evidence.${k}`),
      ...EVIDENCE_PLACES.map((k) => `place.${k}`),
      ...ROLES.map((k) => `role.${k}`),
      ...RUBRIC_IDS.map((k) => `rubric.${k}`),
      ...SEVERITIES.map((k) => `severity.${k}`),
      ...VERDICTS.map((k) => `verdict.${k}`),
      ...GRADES.flatMap((g) => [`grade.${g}`, `grade.meaning.${g}`]),
    ];
    expect(want.filter((k) => !(k in en))).toEqual([]);
  });
});

describe('the manifest in both languages', () => {
  it('has the same messages in public/_locales/en and zh_CN, none empty', () => {
    const read = (l: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const enM = read('en');
    const zhM = read('zh_CN');
    expect(Object.keys(zhM).sort()).toEqual(Object.keys(enM).sort());
    for (const m of [...Object.values(enM), ...Object.values(zhM)]) expect(m.message.trim()).not.toBe('');
    expect(zhM.extDescription?.message).toMatch(/[\u4e00-\u9fff]/u);
  });
});

describe('translator', () => {
  it('fills placeholders and formats numbers for the language', () => {
    expect(translator('en')('count.claims', { count: 12345 })).toBe('12,345 claims');
    expect(translator('zh')('count.claims', { count: 3 })).toBe('3 条声明');
  });

  it('picks the singular form for a count of one', () => {
    expect(translator('en')('count.claims', { count: 1 })).toBe('1 claim');
    expect(translator('en')('count.claims', { count: 0 })).toBe('0 claims');
  });

  it('writes the badge title the way the toolbar shows it', () => {
    const t = translator('en');
    expect(t('badge.graded', { claims: t('badge.claims', { count: 9, unsupported: 6 }), grade: 'D' })).toBe('Sceptic: 9 claims, 6 unsupported, grade D');
  });
});

describe('resolveLang', () => {
  it('follows the setting, and the browser when the setting is automatic', () => {
    expect(resolveLang('zh', 'en-US')).toBe('zh');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
    expect(resolveLang('auto', 'zh-TW')).toBe('zh');
    expect(resolveLang('auto', 'zh')).toBe('zh');
    expect(resolveLang('auto', 'fr-FR')).toBe('en');
    expect(resolveLang('auto', undefined)).toBe('en');
  });
});

describe('formatDate', () => {
  it('writes dates for each language', () => {
    const at = Date.UTC(2025, 2, 14, 12, 0);
    expect(formatDate('en', at, false)).toMatch(/2025/);
    expect(formatDate('zh', at, false)).toMatch(/2025年3月1[45]日/);
  });
});
