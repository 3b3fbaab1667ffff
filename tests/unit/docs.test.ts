// docs/rules.md and the tables of docs/scoring.md are generated from the engine (npm run docs);
// these tests fail when either says something the code no longer does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../heuristics/rules/index';
import { GRADE_BANDS, ROLE_WEIGHT, SEVERITY_PENALTY } from '../../heuristics/score';
import { renderExportSchema, renderRules, renderScoring, scoringTables } from '../../scripts/docs/render';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

describe('docs/rules.md', () => {
  it('is up to date with heuristics/rules (run npm run docs to regenerate it)', () => {
    expect(read('docs/rules.md') === renderRules(), 'docs/rules.md is out of date: run npm run docs and commit it').toBe(true);
  });

  it('has a section, a note, a question (in English and in Chinese) and a source for every rule', () => {
    const doc = renderRules();
    for (const r of RULES) {
      expect(doc).toContain(`<a id="${r.id}"></a>`);
      for (const t of Object.values(r.texts)) {
        expect(doc).toContain(t.title);
        expect(doc).toContain(t.note);
        expect(doc).toContain(t.question);
      }
      expect(doc).toContain(r.source.url);
    }
  });
});

describe('docs/scoring.md', () => {
  it('has its generated tables up to date with heuristics/score.ts (run npm run docs)', () => {
    const doc = read('docs/scoring.md');
    expect(doc === renderScoring(doc), 'docs/scoring.md is out of date: run npm run docs and commit it').toBe(true);
  });

  it('has a marker for every generated table', () => {
    const doc = read('docs/scoring.md');
    for (const name of Object.keys(scoringTables())) {
      expect(doc).toContain(`<!-- generated:${name} -->`);
      expect(doc).toContain(`<!-- /generated:${name} -->`);
    }
  });

  it('shows the weights the code uses', () => {
    const tables = scoringTables();
    for (const [grade, min] of GRADE_BANDS) expect(tables.grades).toContain(`| ${grade} | ${min} |`);
    for (const [role, w] of Object.entries(ROLE_WEIGHT)) expect(tables.roles).toContain(`| \`${role}\` | ${w} |`);
    for (const [sev, p] of Object.entries(SEVERITY_PENALTY)) expect(tables.flags).toContain(`| ${sev} | ${p} |`);
  });

  it('replaces only what stands between markers', () => {
    const doc = 'Intro.\n<!-- generated:grades -->\nold\n<!-- /generated:grades -->\nOutro.\n<!-- generated:unknown -->\nkeep\n<!-- /generated:unknown -->\n';
    const out = renderScoring(doc);
    expect(out.startsWith('Intro.\n<!-- generated:grades -->\n| Grade |')).toBe(true);
    expect(out).toContain('Outro.');
    expect(out).toContain('keep');
    expect(renderScoring(out)).toBe(out);
  });
});

describe('docs/export.schema.json', () => {
  it('is up to date with utils/export-schema.ts (run npm run docs)', () => {
    expect(read('docs/export.schema.json') === renderExportSchema(), 'docs/export.schema.json is out of date: run npm run docs and commit it').toBe(true);
  });

  it('is described field by field in docs/export.md', () => {
    const doc = read('docs/export.md');
    const schema = JSON.parse(read('docs/export.schema.json')) as { properties: Record<string, unknown> };
    for (const field of Object.keys(schema.properties)) expect(doc, field).toContain(`\`${field}\``);
  });
});
