// Exports: page text stays inert in Markdown, CSV cells never run as formulas, the
// plain-text questions are clean, and each export carries what it promises.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../cli/node-scan';
import { analyse } from '../../heuristics/index';
import { translator } from '../../locales/index';
import { diffReports } from '../../utils/compare';
import {
  comparedPages,
  comparisonCsv,
  comparisonMarkdown,
  csvCell,
  diffSummary,
  escapeMarkdown,
  fileName,
  markdownLink,
  questionsText,
  reportJson,
  reportMarkdown,
} from '../../utils/export';
import { unquote } from '../../utils/present';
import type { Dismissal, SavedReport } from '../../utils/storage';

const t = translator('en');
const tz = translator('zh');

const PAYLOAD =
  'Saves 80% <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://evil.test/p.png) **bold** `code` <script>x</script> www.evil.test http://evil.test/a';

function page(extra: string[] = []) {
  return analyse([
    { id: 'h', text: "Saves 80% of your PPT work. The world's first AI designer.", role: 'hero' },
    { id: 'f', text: `Trusted by 10,000+ teams. ${PAYLOAD}`, role: 'feature' },
    ...extra.map((text, i) => ({ id: `x${i}`, text, role: 'feature' as const })),
    { id: 'p', text: 'Pricing', role: 'heading' },
    { id: 'q', text: '$12 per month', role: 'pricing' },
    { id: 'c', text: 'Start free trial', role: 'body' },
  ]);
}

const report = page();
const URL_ = 'https://slides.example/product?ref=ad';
const input = {
  url: URL_,
  title: 'SlideCraft | <b>AI</b> [deck](javascript:x)',
  at: Date.UTC(2025, 0, 2, 10, 0),
  report,
  sensitivity: 'normal' as const,
  dismissed: [] as Dismissal[],
};

const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false });

/** Every node a Markdown parser (with GitHub's autolinks) makes of the text. */
function parsed(md: string): Array<{ type: string; content: string; attrGet(name: string): string | number | null }> {
  const walk = (ts: ReturnType<typeof markdown.parse>): ReturnType<typeof markdown.parse> => ts.flatMap((x) => [x, ...walk(x.children ?? [])]);
  return walk(markdown.parse(md, {}));
}

describe('escapeMarkdown', () => {
  it('leaves no tag, link, image or emphasis alive', () => {
    const nodes = parsed(escapeMarkdown(PAYLOAD)).map((n) => n.type);
    for (const live of ['link_open', 'image', 'html_inline', 'html_block', 'strong_open', 'em_open', 's_open']) expect(nodes, live).not.toContain(live);
    // The addresses read as written, in code spans.
    const code = parsed(escapeMarkdown(PAYLOAD))
      .filter((n) => n.type === 'code_inline')
      .map((n) => n.content);
    expect(code).toEqual(['http://evil.test/p.png)', 'www.evil.test', 'http://evil.test/a']);
  });

  it('keeps text on one line so it cannot start a heading or a list', () => {
    expect(escapeMarkdown('a\n# Heading\r\n- item')).toBe('a # Heading - item');
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('3. Third')).toBe('3\\. Third');
    expect(escapeMarkdown('line\nbreak')).not.toContain('\n');
  });

  it('leaves ordinary prose readable: no backslash before a colon, a bracket, a plus or a full stop', () => {
    expect(escapeMarkdown('Saves 80% of your PPT work, 3.5 hours a week')).toBe('Saves 80% of your PPT work, 3.5 hours a week');
    const prose = 'Trusted by 10000+ teams (41 clerks, 18,240 invoices). See slides.example: ratio 3:1.';
    expect(escapeMarkdown(prose)).toBe(prose);
  });
});

describe('page text with a direction of its own', () => {
  const RLO = '\u202e';
  const judged = analyse([
    { id: 'h', role: 'hero', text: `Saves 80% of your work ${RLO}in every team.` },
    { id: 'a', role: 'hero', text: 'يوفر 80٪ من وقتك' },
    { id: 'p', role: 'pricing', text: '$12 per month' },
  ]);
  // The engine reads text as it reads, without its controls; a report saved by an earlier engine,
  // or any text handed to the exports, may still carry one.
  const hostile = {
    ...judged,
    claims: judged.claims.map((c) => (c.text.startsWith('Saves') ? { ...c, text: `Saves 80% of your work ${RLO}in every team.` } : c)),
  };

  it('is read by the engine without its direction controls', () => {
    expect(judged.claims.map((c) => c.text)).toContain('Saves 80% of your work in every team.');
  });
  const input = { url: 'https://bidi.test/', title: `Bidi ${RLO}AI`, at: 1_700_000_000_000, report: hostile, sensitivity: 'normal' as const, dismissed: [] };

  it('is isolated in Markdown, CSV and the copied questions, its overrides gone, so that nothing after it is reordered', () => {
    const md = reportMarkdown(t, 'en', input, '1');
    const { text } = questionsText(t, 'en', input);
    const csv = csvCell(`Bidi ${RLO}AI`);
    for (const out of [md, text, csv]) {
      expect(out).not.toContain(RLO);
      // Every isolate opened is closed on the same line.
      for (const line of out.split('\n')) expect((line.match(/\u2068/gu) ?? []).length).toBe((line.match(/\u2069/gu) ?? []).length);
    }
    expect(md).toContain('\u2068Saves 80% of your work in every team.\u2069');
    expect(md).toContain('## Questions for the vendor');
    expect(csv).toBe('\u2068Bidi AI\u2069');
  });

  it('leaves ordinary text exactly as it was, and keeps the formula guard', () => {
    expect(csvCell('Saves 80%')).toBe('Saves 80%');
    expect(escapeMarkdown('Saves 80% of your PPT work')).toBe('Saves 80% of your PPT work');
    expect(
      csvCell(`=HYPERLINK("x") ${RLO}`)
        .replace(/^"?\u2068/u, '')
        .startsWith("'"),
    ).toBe(true);
  });
});

describe('markdownLink', () => {
  it('links only web addresses', () => {
    expect(markdownLink('x', 'javascript:alert(1)')).not.toMatch(/\]\(/);
    expect(markdownLink('FTC', 'https://www.ftc.gov/a (b)')).toBe('[FTC](https://www.ftc.gov/a%20%28b%29)');
  });
});

describe('csvCell', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const s of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', ' =1+1'])
      expect(csvCell(s).replace(/^"/, '').startsWith("'"), s).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and leaves numbers as numbers', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('plain')).toBe('plain');
  });
});

describe('the Markdown report', () => {
  const md = reportMarkdown(t, 'en', input, report.engine);

  it('carries the page address, the date, the grade, each quote and each flag with its source', () => {
    expect(md).toContain('(https://slides.example/product?ref=ad)');
    expect(md).toMatch(/2 Jan 2025/);
    expect(md).toContain(`**${report.grade}**`);
    for (const c of report.claims) expect(md).toContain(escapeMarkdown(c.text));
    for (const c of report.claims) for (const f of c.flags) expect(md).toContain(f.source.url);
    expect(md).toContain('## How the score was computed');
  });

  it('keeps a claim made of Markdown and HTML inert', () => {
    expect(md.split('\n').some((l) => l.includes('onerror'))).toBe(true);
    const nodes = parsed(md);
    expect(nodes.some((n) => n.type === 'image' || n.type.startsWith('html'))).toBe(false);
    for (const link of nodes.filter((n) => n.type === 'link_open')) expect(link.attrGet('href')).toMatch(/^https:\/\//);
    expect(nodes.filter((n) => n.type === 'text').some((n) => n.content.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });

  it('reads cleanly raw: each claim as a block quote, the questions under their own heading, the time with its zone', () => {
    expect(md).toContain('## Questions for the vendor');
    expect(md).not.toContain('## Copy vendor questions');
    for (const c of report.claims) expect(md).toContain(`> ${escapeMarkdown(unquote(c.text))}`);
    expect(md).toMatch(/2 Jan 2025, 10:00 (?:UTC|GMT)/);
    expect(md).not.toMatch(/\\[:(+.]/);
  });

  it('marks a dismissed flag as dismissed and leaves its question out', () => {
    const flagged = report.claims.find((c) => c.flags.length);
    if (!flagged) throw new Error('fixture has no flag');
    const f = flagged.flags[0];
    if (!f) throw new Error('no flag');
    const dismissed: Dismissal[] = [{ page: 'https://slides.example/product', rule: f.rule, claim: flagged.text, at: Date.UTC(2025, 0, 3) }];
    const out = reportMarkdown(t, 'en', { ...input, dismissed }, report.engine);
    expect(out).toContain(`~~**${escapeMarkdown(f.title)}**`);
    expect(out).toMatch(/You dismissed 1 flag on this page/);
    const plain = questionsText(t, 'en', { ...input, dismissed });
    const before = questionsText(t, 'en', input);
    expect(plain.count).toBeLessThanOrEqual(before.count);
  });

  it('is written in Chinese for the Chinese interface', () => {
    const zhMd = reportMarkdown(tz, 'zh', input, report.engine);
    expect(zhMd).toContain('## 声明');
    expect(zhMd).toContain('## 得分是怎么算出来的');
  });
});

describe('exports in Chinese', () => {
  const zhPage = analyse([
    { id: 'h', text: '智报AI：一键生成周报，效率提升10倍，节省80%的PPT工作。', role: 'hero' },
    { id: 'f', text: '全球首个AI智能汇报平台，已有超过10000家企业选择我们。', role: 'feature' },
    { id: 's', text: '效率提升10倍（基于内测数据，15名用户）。', role: 'feature' },
    { id: 'p', text: '价格', role: 'heading' },
    { id: 'q', text: '专业版 ¥49/月', role: 'pricing' },
    { id: 'c', text: '免费试用', role: 'body' },
  ]);
  const zhInput = { ...input, url: 'https://zhoubao.example/', title: '智报AI', report: zhPage };
  const flags = zhPage.claims.flatMap((c) => c.flags);
  const md = reportMarkdown(tz, 'zh', zhInput, zhPage.engine);

  it('gives every flag its Chinese title, note and question in Markdown, and none of the English', () => {
    expect(flags.length).toBeGreaterThan(3);
    for (const f of flags) {
      expect(md).toContain(`**${escapeMarkdown(f.zh?.title ?? '?')}**（${f.rubric}，`);
      expect(md).toContain(escapeMarkdown(f.zh?.note ?? '?'));
      expect(md).toContain(`向厂商提问：${escapeMarkdown(f.zh?.question ?? '?')}`);
      expect(md).not.toContain(escapeMarkdown(f.note));
      expect(md).not.toContain(escapeMarkdown(f.question));
    }
    // Why weak evidence is weak, in Chinese too.
    expect(md).toContain('样本太小（15）');
    expect(md).not.toContain('a small sample');
  });

  it('lists the vendor questions in Chinese as plain text', () => {
    const { text, count } = questionsText(tz, 'zh', zhInput);
    const numbered = text.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(numbered).toHaveLength(count);
    expect(count).toBe(new Set(flags.map((f) => f.zh?.question)).size);
    for (const l of numbered) expect(l).toMatch(/^\d+\. [^a-z]*[\u3400-\u9fff][\s\S]*？$/u);
    expect(text.split('\n')[1]).toMatch(/^向厂商提问（Sceptic，2025年1月2日）$/);
  });

  it('says in JSON which language the reader used, with the questions in it, and keeps both languages in the report', () => {
    const j = JSON.parse(reportJson(zhInput, 'zh')) as { language: string; questions: Array<{ question: string; claims: string[] }>; report: typeof zhPage };
    expect(j.language).toBe('zh');
    expect(j.questions.map((q) => q.question).sort()).toEqual([...new Set(flags.map((f) => f.zh?.question))].sort());
    const first = j.report.claims.find((c) => c.flags.length)?.flags[0];
    expect(first?.note).toMatch(/[A-Za-z]/);
    expect(first?.zh?.note).toMatch(/[\u3400-\u9fff]/u);
    const en = JSON.parse(reportJson(zhInput, 'en')) as { language: string; questions: Array<{ question: string }> };
    expect(en.language).toBe('en');
    for (const q of en.questions) expect(q.question).toMatch(/\?$/);
  });

  it('falls back to the English texts for a report saved before flags carried Chinese', () => {
    const old = structuredClone(zhPage);
    for (const c of old.claims) {
      for (const f of c.flags) delete f.zh;
      for (const e of c.evidence) delete e.zh;
    }
    const oldMd = reportMarkdown(tz, 'zh', { ...zhInput, report: old }, old.engine);
    for (const f of flags) expect(oldMd).toContain(escapeMarkdown(f.note));
    expect(oldMd).toContain(escapeMarkdown('a small sample (15)'));
    expect(oldMd).toContain('## 声明');
    expect(questionsText(tz, 'zh', { ...zhInput, report: old }).count).toBe(new Set(flags.map((f) => f.question)).size);
  });

  it('writes the English export in English, whatever the page language', () => {
    const enMd = reportMarkdown(t, 'en', zhInput, zhPage.engine);
    for (const f of flags) {
      expect(enMd).toContain(escapeMarkdown(f.note));
      expect(enMd).not.toContain(escapeMarkdown(f.zh?.note ?? '?'));
    }
  });
});

describe('the JSON report', () => {
  it('is the engine report with the page, the date and the dismissals', () => {
    const j = JSON.parse(reportJson(input, 'en')) as Record<string, unknown>;
    expect(j.format).toBe('sceptic-report');
    expect(j.page).toEqual({ url: URL_, title: input.title });
    expect(j.scannedAt).toBe('2025-01-02T10:00:00.000Z');
    expect((j.report as { claims: unknown[] }).claims).toHaveLength(report.claims.length);
    expect(j.dismissedFlags).toEqual([]);
  });
});

describe('vendor questions as plain text', () => {
  it('are numbered, distinct, free of Markdown, and quote the claims behind them', () => {
    const { text, count } = questionsText(t, 'en', input);
    const numbered = text.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(numbered).toHaveLength(count);
    expect(new Set(numbered.map((l) => l.replace(/^\d+\. /, ''))).size).toBe(count);
    expect(count).toBeGreaterThan(1);
    expect(text).not.toMatch(/\*\*|^#/m);
    expect(text).toContain('“Saves 80% of your PPT work.”');
    for (const l of numbered) expect(l).toMatch(/\?$/);
  });
});

describe('file names', () => {
  it('are safe, and differ per page and per time', () => {
    expect(fileName('https://www.slides.example/x', Date.UTC(2025, 5, 1, 9, 30), 'md')).toBe('sceptic-slides.example-x-2025-06-01-0930Z.md');
    expect(fileName('https://www.slides.example/', Date.UTC(2025, 5, 1), 'md')).toBe('sceptic-slides.example-2025-06-01-0000Z.md');
    expect(fileName('https://slides.example/pricing/teams.html', 0, 'json')).toBe('sceptic-slides.example-pricing-teams-1970-01-01-0000Z.json');
    expect(fileName('not a url/../..', 0, 'json')).toMatch(/^sceptic-[a-z0-9.-]+-1970-01-01-0000Z\.json$/);
    const one = fileName('https://slides.example/a', Date.UTC(2025, 5, 1, 9, 30), 'md');
    expect(fileName('https://slides.example/b', Date.UTC(2025, 5, 1, 9, 30), 'md')).not.toBe(one);
    expect(fileName('https://slides.example/a', Date.UTC(2025, 5, 1, 9, 31), 'md')).not.toBe(one);
  });
});

describe('the comparison', () => {
  const saved = (id: string, url: string, at: number, r = report): SavedReport => ({
    id,
    url,
    title: `=cmd|' /C calc'!A0 ${id}`,
    at,
    sensitivity: 'normal',
    report: r,
  });
  // Not the hero's "Saves 80% of your PPT work" again: a claim said twice is one claim, and a diff of numbers needs two.
  const later = page(['Cut review time by 45%.', 'Now with 50 templates and a guaranteed 100% accuracy.']);
  const library = [
    saved('a1', 'https://a.test/', 1, page(['Cut review time by 30%.'])),
    saved('b', 'https://b.test/', 2),
    saved('a2', 'https://a.test/', 3, later),
  ];
  const pages = comparedPages(['a2', 'b'], library);

  it('finds what changed on a page since its previous save', () => {
    expect(pages[0]?.diff).not.toBeNull();
    expect(pages[1]?.diff).toBeNull();
    const d = diffReports(saved('x', 'u', 1, page(['Cut review time by 30%.'])), saved('y', 'u', 2, later));
    expect(d.numbers).toEqual([{ before: 'Cut review time by 30%.', after: 'Cut review time by 45%.' }]);
    expect(d.added.some((a) => a.includes('guaranteed 100% accuracy'))).toBe(true);
    expect(d.removed).toEqual([]);
    expect(d.engine).toBeNull();
  });

  it('says when the engine changed between two saves, so that its changes are not taken for the page’s', () => {
    const before = page(['Cut review time by 30%.']);
    const older = saved('x', 'u', 1, { ...before, engine: '0.1.0' });
    const d = diffReports(older, saved('y', 'u', 2, later));
    expect(d.engine).toEqual({ before: '0.1.0', after: later.engine });
    expect(diffSummary(t, 'en', d)).toMatch(new RegExp(`engine changed in between \\(0\\.1\\.0 → ${later.engine.replace(/\./g, '\\.')}\\)`));
    expect(diffSummary(t, 'en', diffReports(saved('x', 'u', 1, before), saved('y', 'u', 2, later)))).not.toMatch(/engine/);
    expect(diffSummary(translator('zh'), 'zh', d)).toContain('引擎已更新（0.1.0 →');
    const library2 = [older, saved('z', 'u', 2, later)];
    expect(comparisonMarkdown(t, 'en', comparedPages(['z'], library2))).toContain("Sceptic's engine changed in between (0.1.0 →");
  });

  it('exports CSV with one row per page and no live formula', () => {
    const csv = comparisonCsv(t, pages);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^Page,Address,Saved,Grade,Score,Claims,Unsupported,Weak,Supported,/);
    for (const r of rows.slice(1)) expect(r.startsWith(`"'=cmd`) || r.startsWith(`'=cmd`)).toBe(true);
    expect(rows[1]).toContain(`,${later.counts.claims},`);
  });

  it('gives each vendor its headline claims, the flagged headline first, and the questions to put to it, in both exports', () => {
    const read = (file: string, id: string): SavedReport => {
      const { title, report: r } = scanHtml(readFileSync(resolve('examples', file), 'utf8'), `https://${id}.example/`);
      return { id, url: `https://${id}.example/`, title, at: 1, sensitivity: 'normal', report: r };
    };
    const vendors = comparedPages(['s', 'e'], [read('slidecraft.html', 's'), read('evidence-based.html', 'e')]);
    const md = comparisonMarkdown(t, 'en', vendors);
    const csv = comparisonCsv(t, vendors, 'en');
    const header = csv.split('\r\n')[0] ?? '';
    expect(header).toContain('Headline claim 1,Headline claim 2,Headline claim 3,Questions for the vendor');
    for (const v of vendors) {
      const r = v.saved.report;
      const headlineRoles = new Set(['title', 'meta', 'hero', 'heading']);
      const top = r.claims.filter((c) => c.verdict !== 'supported' && c.flags.length).sort((a, b) => b.weight - a.weight)[0];
      const section = md.slice(md.indexOf(`## ${v.saved.title}`));
      expect(section).toContain('### Headline claims');
      const firstListed = /^1\. “(.+?)”/mu.exec(section)?.[1] ?? '';
      const first = r.claims.find((c) => unquote(c.text).startsWith(firstListed.slice(0, 30).replace(/\\/gu, '')));
      expect(first, firstListed).toBeDefined();
      // A page with a flagged headline leads with a headline, not a bullet further down.
      if (top && headlineRoles.has(top.role)) expect(headlineRoles.has(first?.role ?? '')).toBe(true);
      const questions = new Set(r.claims.flatMap((c) => c.flags.map((f) => f.question)));
      for (const q of questions) expect(csv).toContain(q.replace(/"/gu, '""'));
      if (questions.size) expect(section).toContain('### Questions for the vendor');
    }
    // Three distinct claims per vendor.
    for (const m of md.matchAll(/### Headline claims\n\n((?:\d\. .*\n)+)/gu)) expect(new Set(m[1]?.trim().split('\n')).size).toBe(3);
    expect(comparisonMarkdown(translator('zh'), 'zh', vendors)).toContain('### 要问厂商的问题');
  });

  it('exports Markdown with a column per page', () => {
    const md = comparisonMarkdown(t, 'en', pages);
    const header = md.split('\n').find((l) => l.startsWith('| |')) ?? '';
    expect(header.split(' | ')).toHaveLength(pages.length + 1);
    expect(md).toContain('| Grade |');
    expect(md).toContain('## What changed');
    expect(parsed(md).some((n) => n.type === 'image' || n.type.startsWith('html'))).toBe(false);
  });
});

describe('quotation marks', () => {
  it('are Sceptic’s own, never doubled, even when the page brings only an opening one', async () => {
    const { quoted, unquote } = await import('../../utils/present');
    expect(quoted('“We cut our pitch-deck time from a week to ten minutes.')).toBe('“We cut our pitch-deck time from a week to ten minutes.”');
    expect(quoted('"Game changer!"')).toBe('“Game changer!”');
    expect(quoted('「效率提升10倍」')).toBe('“效率提升10倍”');
    expect(quoted('Saves 80%\nof your work.')).toBe('“Saves 80% of your work.”');
    expect(unquote('“”')).toBe('“”');
    const md = reportMarkdown(t, 'en', { ...input, report: page(['“Honestly the best AI tool I have ever used, it saves 10 hours a week.']) }, report.engine);
    expect(md).not.toContain('““');
  });
});

describe('the order of claims', () => {
  it('puts unsupported before weak before supported, and a flagged headline before a flagged testimonial', async () => {
    const { sortedClaims } = await import('../../utils/present');
    const r = analyse([
      { id: 't', text: '“We cut our deck time from a week to ten minutes.” — Sam', role: 'testimonial' },
      { id: 'h', text: 'Saves 80% of your PPT work.', role: 'hero' },
      { id: 'f', text: 'In a 2024 randomised study of 212 analysts, median deck time fell from 50 to 31 minutes compared with manual work.', role: 'feature' },
      { id: 'p', text: 'Pricing', role: 'heading' },
      { id: 'q', text: '$12 per month', role: 'pricing' },
      { id: 'c', text: 'Start free trial', role: 'body' },
    ]);
    const order = sortedClaims(r, 'https://a.test/', []).map((v) => v.claim);
    const rank = { unsupported: 0, weak: 1, supported: 2 } as const;
    expect(order.map((c) => rank[c.verdict])).toEqual([...order.map((c) => rank[c.verdict])].sort());
    const hero = order.findIndex((c) => c.role === 'hero');
    const testimonial = order.findIndex((c) => c.role === 'testimonial');
    // Both unsupported and flagged: the headline, far more prominent, comes first.
    expect(order[hero]?.verdict).toBe('unsupported');
    expect(order[testimonial]?.verdict).toBe('unsupported');
    expect(order[hero]?.flags.length).toBeGreaterThan(0);
    expect(order[testimonial]?.flags.length).toBeGreaterThan(0);
    expect(hero).toBeLessThan(testimonial);
    expect(order.at(-1)?.role).toBe('feature');
  });
});

describe('the Markdown export of every bundled example', () => {
  const dir = resolve(import.meta.dirname, '../../examples');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    it(`${file}: reads cleanly raw, with no backslash before a colon, a bracket, a plus or a full stop`, () => {
      const url = `http://127.0.0.1/examples/${file}`;
      const { title, report: r } = scanHtml(readFileSync(resolve(dir, file), 'utf8'), url);
      for (const [tr, lang] of [
        [t, 'en'],
        [tz, 'zh'],
      ] as const) {
        const out = reportMarkdown(tr, lang, { url, title, at: Date.UTC(2025, 0, 2, 10, 0), report: r, sensitivity: 'normal', dismissed: [] }, r.engine);
        expect(out).not.toMatch(/\\[:(+.]/);
        for (const c of r.claims) expect(out).toContain(`> ${escapeMarkdown(unquote(c.text))}`);
      }
    });
  }
});
