// The anatomy every rule must have: registered, id = file name, a source with a URL,
// a note, a question, and examples in each language it claims.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../heuristics/rules/index';
import { detectLang } from '../../heuristics/segment';

const dir = fileURLToPath(new URL('../../heuristics/rules/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it('registers every file in heuristics/rules/ exactly once', () => {
    expect([...RULES.map((r) => r.id)].sort()).toEqual([...files].sort());
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('is defined in a file of the same name', async () => {
    const mod = (await import(`../../heuristics/rules/${id}.ts`)) as { default: { id: string } };
    expect(mod.default.id).toBe(id);
  });

  it('cites a source with an https URL', () => {
    expect(rule.source.name.length).toBeGreaterThan(5);
    expect(rule.source.url).toMatch(/^https:\/\/[^\s]+\.[^\s]+/);
  });

  it('says something to the reader and to the vendor', () => {
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.note.length).toBeGreaterThan(20);
    expect(rule.question).toMatch(/\?$/);
  });

  it('has examples that flag and that pass in every language it claims', () => {
    for (const lang of rule.languages) {
      const flag = rule.examples.flag.map((e) => (typeof e === 'string' ? e : e.text)).filter((t) => detectLang(t) === lang);
      const pass = rule.examples.pass.filter((t) => detectLang(t) === lang);
      expect(flag.length, `flag examples in ${lang}`).toBeGreaterThan(0);
      expect(pass.length, `pass examples in ${lang}`).toBeGreaterThan(0);
    }
  });
});
