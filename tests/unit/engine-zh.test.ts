// The engine speaks Chinese all the way through: every flag carries its rule's Chinese title,
// note and question, and every reason given for weak evidence has a Chinese twin. Reports made
// before the engine wrote these still pass the schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../cli/node-scan';
import { analyse, scoreClaim } from '../../heuristics/index';
import { RULES } from '../../heuristics/rules/index';
import { PageReportSchema } from '../../heuristics/schema';
import type { PageReport } from '../../heuristics/types';

const HAN = /[\u3400-\u9fff]/u;
const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const scan = (file: string) => scanHtml(readFileSync(`${dir}${file}`, 'utf8')).report;

function expectChineseThroughout(report: PageReport) {
  const flags = report.claims.flatMap((c) => c.flags);
  for (const f of flags) {
    const rule = RULES.find((r) => r.id === f.rule);
    expect(f.zh, `${f.rule} carries Chinese texts`).toEqual(rule?.texts.zh);
    for (const text of [f.zh?.title, f.zh?.note, f.zh?.question]) expect(text).toMatch(HAN);
    expect(f.zh?.question).toMatch(/？$/u);
  }
  const reasons = report.claims.flatMap((c) => c.evidence).filter((e) => e.why !== undefined);
  for (const e of reasons) expect(e.zh?.why, `"${e.why}" has a Chinese twin`).toMatch(HAN);
  return { flags, reasons };
}

describe('the Chinese example page (zhoubao-zh.html)', () => {
  const report = scan('zhoubao-zh.html');

  it('is read as Chinese, with claims and flags', () => {
    expect(report.lang).toBe('zh');
    expect(report.claims.length).toBeGreaterThan(5);
  });

  it('gives every flag its Chinese title, note and question, and every weak-evidence reason in Chinese', () => {
    const { flags } = expectChineseThroughout(report);
    expect(flags.length).toBeGreaterThan(5);
    // More than one rule speaks: the texts come from each flag's own rule.
    expect(new Set(flags.map((f) => f.zh?.note)).size).toBeGreaterThan(3);
  });

  it('passes the report schema with the Chinese texts in it', () => {
    const parsed = PageReportSchema.parse(report);
    expect(parsed.claims.flatMap((c) => c.flags).every((f) => f.zh !== undefined)).toBe(true);
  });
});

describe('every page, in either language', () => {
  it('carries Chinese texts on the English example pages too', () => {
    for (const file of ['slidecraft.html', 'weeklypilot.html', 'brokerage-research.html']) {
      const { flags } = expectChineseThroughout(scan(file));
      expect(flags.length, file).toBeGreaterThan(0);
    }
  });

  it('says why weak evidence is weak in both languages, with the figures in it', () => {
    const small = scoreClaim('Cuts drafting time by 40% (internal survey of 18 beta users, 2024).');
    const sample = small.evidence.find((e) => e.kind === 'sample');
    expect(sample?.why).toBe('a small sample (18)');
    expect(sample?.zh?.why).toBe('样本太小（18）');
    const note = scoreClaim('Saves 6 hours a week.*', { notes: [{ marker: '*', text: 'Based on customer feedback.' }] });
    const footnote = note.evidence.find((e) => e.kind === 'footnote');
    expect(footnote?.strength).toBe('weak');
    expect(footnote?.zh?.why).toMatch(HAN);
    const link = scoreClaim('Cuts review time by 30%.', { links: [{ href: 'https://example.com/case-study', text: 'Read more' }] });
    const weakLink = link.evidence.find((e) => e.kind === 'link');
    expect(weakLink?.zh?.why).toBe('链接文字没有说明它指向什么：Read more https://example.com/case-study');
  });
});

describe('the report schema', () => {
  const report = analyse([
    { id: 'h', text: '效率提升10倍，告别加班。全球首个AI周报助手。', role: 'hero' },
    { id: 'p', text: '专业版 ¥49/月', role: 'pricing' },
    { id: 'c', text: '免费试用', role: 'body' },
  ]);

  it('accepts a report saved before flags carried Chinese texts', () => {
    const old = structuredClone(report);
    for (const c of old.claims) {
      for (const f of c.flags) delete f.zh;
      for (const e of c.evidence) delete e.zh;
    }
    expect(PageReportSchema.safeParse(old).success).toBe(true);
  });

  it('refuses Chinese texts that are not strings or are out of bounds', () => {
    const bad = structuredClone(report);
    const flag = bad.claims.find((c) => c.flags.length)?.flags[0];
    if (!flag) throw new Error('expected a flag');
    flag.zh = { title: 'x'.repeat(501), note: '注', question: '问？' };
    expect(PageReportSchema.safeParse(bad).success).toBe(false);
    flag.zh = { title: '标题', note: '注', question: 7 } as unknown as typeof flag.zh;
    expect(PageReportSchema.safeParse(bad).success).toBe(false);
  });
});
