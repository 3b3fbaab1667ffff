// The anatomy every rule must have: registered, id = file name, a source with a URL,
// a note, a question (in English and in Chinese), and examples in each language it claims.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../heuristics/rules/index';
import { detectLang } from '../../heuristics/segment';
import { CLAIM_KINDS, RUBRIC_IDS, SEVERITIES } from '../../heuristics/types';

const HAN = /[\u3400-\u9fff]/u;

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

  it('has at least 30 rules', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(30);
  });

  it('covers every question of the rubric, R1 to R10', () => {
    for (const id of RUBRIC_IDS) expect(RULES.filter((r) => r.rubric === id).length, id).toBeGreaterThan(0);
  });

  it('looks at every kind of claim with at least one rule', () => {
    for (const kind of CLAIM_KINDS)
      expect(
        RULES.some((r) => r.kinds.includes(kind)),
        kind,
      ).toBe(true);
  });

  it('has rules in both languages for most of the rubric', () => {
    const both = RULES.filter((r) => r.languages.includes('en') && r.languages.includes('zh'));
    expect(both.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every rule its own note, question and title, not the same words reworded', () => {
    for (const field of ['note', 'question', 'title'] as const) {
      expect(new Set(RULES.map((r) => r.texts.en[field])).size, field).toBe(RULES.length);
    }
    // No two notes open with the same five words.
    const openings = RULES.map((r) => r.texts.en.note.split(/\s+/).slice(0, 5).join(' ').toLowerCase());
    expect(new Set(openings).size).toBe(RULES.length);
  });

  it('gives every rule its own Chinese note, question and title', () => {
    for (const field of ['note', 'question', 'title'] as const) {
      expect(new Set(RULES.map((r) => r.texts.zh[field])).size, `zh.${field}`).toBe(RULES.length);
    }
    // No two Chinese notes open with the same eight characters.
    expect(new Set(RULES.map((r) => r.texts.zh.note.slice(0, 8))).size).toBe(RULES.length);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('is defined in a file of the same name', async () => {
    const mod = (await import(`../../heuristics/rules/${id}.ts`)) as { default: { id: string } };
    expect(mod.default.id).toBe(id);
  });

  it('has a kebab-case id, a rubric question, a severity and the kinds it looks at', () => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(RUBRIC_IDS).toContain(rule.rubric);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.kinds.length).toBeGreaterThan(0);
    for (const k of rule.kinds) expect(CLAIM_KINDS).toContain(k);
    expect(rule.languages.length).toBeGreaterThan(0);
  });

  it('cites a source with an https URL', () => {
    expect(rule.source.name.length).toBeGreaterThan(5);
    expect(rule.source.url).toMatch(/^https:\/\/[^\s]+\.[^\s]+/);
  });

  it('says something to the reader and to the vendor', () => {
    const { title, note, question } = rule.texts.en;
    expect(title.length).toBeGreaterThan(10);
    expect(note.length).toBeGreaterThan(20);
    expect(question).toMatch(/[?？]$/);
    // Notes are sentences a reader can follow, not labels: they end with a full stop or a question and stay short enough for a hover card.
    expect(note).toMatch(/[.。?？)]$/);
    expect(note.length).toBeLessThanOrEqual(400);
  });

  it('says it in Chinese too, written for a Chinese reader', () => {
    const { title, note, question } = rule.texts.zh;
    for (const [field, text] of Object.entries({ title, note, question })) {
      expect(text.trim(), `zh.${field}`).toBe(text);
      expect(text, `zh.${field} is Chinese`).toMatch(HAN);
      expect(text, `zh.${field} is not the English`).not.toBe(rule.texts.en[field as 'title' | 'note' | 'question']);
      // Chinese punctuation in Chinese text: no ASCII comma, colon, semicolon, question or exclamation mark, and curly quotes.
      expect(text, `zh.${field} punctuation`).not.toMatch(/[\u3400-\u9fff][,;:?!]|[,;:?!][\u3400-\u9fff]|"/u);
    }
    expect(title.length).toBeGreaterThanOrEqual(4);
    expect(title.length).toBeLessThanOrEqual(40);
    // A note a hover card can hold: a sentence or two, ending as a sentence does.
    expect(note.length).toBeGreaterThanOrEqual(20);
    expect(note.length).toBeLessThanOrEqual(200);
    expect(note).toMatch(/[。？）]$/u);
    expect(question).toMatch(/？$/u);
    expect(question.length).toBeGreaterThanOrEqual(8);
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
