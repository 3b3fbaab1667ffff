// The example pages, sentence by sentence: the verdicts a careful reader would give, read
// through the content script's own scraper (in happy-dom) and the engine.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../cli/node-scan';
import { PageReportSchema } from '../../heuristics/schema';
import type { Claim, PageReport, Verdict } from '../../heuristics/types';

const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const cache = new Map<string, PageReport>();
function scan(file: string): PageReport {
  let report = cache.get(file);
  if (!report) {
    report = scanHtml(readFileSync(`${dir}${file}`, 'utf8')).report;
    cache.set(file, report);
  }
  return report;
}

function claimWith(report: PageReport, words: string): Claim | undefined {
  // A claim the page repeats is listed once, with its other places in `also`.
  return report.claims.find((c) => c.text.includes(words) || c.also?.some((a) => a.text.includes(words)));
}

type Expectation = [words: string, verdict: Verdict | 'not-a-claim'];

function expectVerdicts(file: string, rows: Expectation[]) {
  it.each(rows)(`${file}: "%s" is %s`, (words, verdict) => {
    const report = scan(file);
    const claim = claimWith(report, words);
    if (verdict === 'not-a-claim') expect(claim, claim?.kinds.join(', ')).toBeUndefined();
    else {
      expect(claim, `no claim contains "${words}"`).toBeDefined();
      expect(claim?.verdict).toBe(verdict);
    }
  });
}

describe('slidecraft.html: a hype page with nothing behind its numbers', () => {
  expectVerdicts('slidecraft.html', [
    ['Saves 80% of your PPT work.', 'unsupported'],
    ['10x faster decks', 'unsupported'],
    ["SlideCraft AI is the world's first AI presentation designer.", 'unsupported'],
    ['100% on-brand with zero errors', 'unsupported'],
    ['Our AI replaces your design team', 'unsupported'],
    ['senior designer on call', 'unsupported'],
    ['Trusted by 50,000+ teams.', 'unsupported'],
    ['4.9★ average rating', 'unsupported'],
    ['Game changer!', 'unsupported'],
    ['Enterprise-grade security.', 'unsupported'],
    ['Export to PDF and PowerPoint.', 'not-a-claim'],
    ['Works with Google Slides.', 'not-a-claim'],
    ['Invite teammates to edit, comment and present together.', 'not-a-claim'],
    ['No credit card required.', 'not-a-claim'],
  ]);

  it('gets a D or an F, and no claim on it is supported', () => {
    const r = scan('slidecraft.html');
    expect(['D', 'F']).toContain(r.grade);
    expect(r.counts.supported).toBe(0);
    expect(r.counts.claims).toBeGreaterThan(30);
  });

  it('does not take "senior designer" for a vulnerable audience', () => {
    expect(scan('slidecraft.html').signals.map((s) => s.id)).not.toContain('vulnerable');
  });

  it('explains the headline claim: no baseline, and a question for the vendor', () => {
    const c = claimWith(scan('slidecraft.html'), 'Saves 80% of your PPT work.');
    expect(c?.kinds).toContain('quantified-benefit');
    expect(c?.missing).toContain('baseline');
    expect(c?.flags.some((f) => f.rule === 'unbaselined-percentage' && /\?$/.test(f.question))).toBe(true);
  });
});

describe('evidence-based.html: a page that shows its study', () => {
  expectVerdicts('evidence-based.html', [
    ['median time per reply was 31% lower with Quillary', 'supported'],
    ['31% less time per reply than the control group', 'supported'],
    ['2.1% vs 2.6% of replies contained a factual error', 'supported'],
    ['+0.07 in average post-ticket CSAT', 'supported'],
    // Said under "Where Quillary does not work well": where the gains stop is a caveat, not a claim.
    ['agents with under six months', 'not-a-claim'],
    ['needed substantial edits 27% of the time', 'not-a-claim'],
    ['measured in helpdesk logs for all 140 agents', 'supported'],
    ['In a 12-week A/B test across two comparable teams', 'supported'],
    // The meta description and the social card repeat the page's trial with its evidence: metadata proves nothing, so
    // neither counts as a backed claim of its own (the trial's results are judged where the page shows them).
    ['In an 8-week randomized trial with 486 agents, time per reply fell 31% against a control group.', 'not-a-claim'],
    ['CSAT moved from 86% to 88% satisfied over the same period.', 'weak'],
    // A compliance report named with its period is the audit's own document, not a claim without one.
    ['SOC 2 Type II report for 1 January to 30 June 2024', 'supported'],
    ['486 agents at 14 companies were randomly assigned', 'not-a-claim'],
    ['Quillary never sends anything on its own.', 'not-a-claim'],
    ['Works with Zendesk, Freshdesk and Intercom.', 'not-a-claim'],
    ['Paying annually for Starter or Team is 10% cheaper.', 'not-a-claim'],
    ['The difference is not statistically significant', 'not-a-claim'],
    ['Gains are mostly for newer agents.', 'not-a-claim'],
  ]);

  it('gets an A or a B', () => {
    expect(['A', 'B']).toContain(scan('evidence-based.html').grade);
  });

  it('does not read study descriptions with counts as social proof', () => {
    const r = scan('evidence-based.html');
    const proof = r.claims.filter((c) => c.kinds.includes('social-proof'));
    expect(proof.map((c) => c.text)).toEqual([]);
  });

  it('finds its limitations, data handling, named model, prices and problem statement', () => {
    const ids = scan('evidence-based.html').signals.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['pricing', 'limitations', 'privacy', 'model', 'problem']));
    expect(ids.filter((id) => ['earnings', 'pressure', 'vulnerable', 'fine-print'].includes(id))).toEqual([]);
  });

  it('shows the evidence behind the supported headline, with spans', () => {
    const c = claimWith(scan('evidence-based.html'), 'median time per reply was 31% lower with Quillary');
    const kinds = c?.evidence.map((e) => e.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['method', 'sample', 'date']));
    for (const e of c?.evidence ?? []) if (e.where === 'sentence') expect(c?.text.slice(e.span?.[0], e.span?.[1])).toBe(e.text);
  });
});

describe('weeklypilot.html: automation and guarantees', () => {
  expectVerdicts('weeklypilot.html', [
    ['One click, no human needed.', 'unsupported'],
    ['Saves 5 hours every week.', 'unsupported'],
    ['Guaranteed accurate.', 'unsupported'],
    ['98% of users say they would never go back', 'weak'],
    ['Your data is 100% safe with us.', 'unsupported'],
    ['Reports can be sent by email, posted to a Slack channel, or copied as Markdown.', 'not-a-claim'],
    ['Free for 14 days.', 'not-a-claim'],
  ]);

  it('gets an F with the pressure of its launch offer counted', () => {
    const r = scan('weeklypilot.html');
    expect(r.grade).toBe('F');
    expect(r.signals.map((s) => s.id)).toContain('pressure');
  });

  it('reads "98% of users say…" as a perceived claim (R3), not a measurement', () => {
    const c = claimWith(scan('weeklypilot.html'), '98% of users say');
    expect(c?.flags.map((f) => f.rubric)).toContain('R3');
  });
});

describe('brokerage-research.html: earnings promises to retail investors', () => {
  expectVerdicts('brokerage-research.html', [
    ['Clients saw 32% returns.', 'unsupported'],
    ['95% earnings prediction accuracy', 'unsupported'],
    ['Fully SEC-compliant AI advice.', 'unsupported'],
    ['Our AI outperforms human analysts.', 'unsupported'],
  ]);

  it('gets an F, with earnings, a conflict of interest and walked-back small print as red flags', () => {
    const r = scan('brokerage-research.html');
    expect(r.grade).toBe('F');
    expect(r.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['earnings', 'conflict', 'fine-print']));
  });
});

describe('zhoubao-zh.html: a Chinese page is graded like an English one', () => {
  expectVerdicts('zhoubao-zh.html', [
    ['一键生成周报，效率提升10倍', 'unsupported'],
    ['节省80%的PPT工作', 'unsupported'],
    ['全球首个AI智能汇报平台', 'unsupported'],
    ['3秒生成周报，零失误。', 'unsupported'],
    ['10000+企业信赖', 'unsupported'],
    ['数据百分百安全', 'unsupported'],
    ['再也不用熬夜凑字数。', 'unsupported'],
    ['支持导出为Word和PDF。', 'not-a-claim'],
    ['手机端可通过微信小程序使用。', 'not-a-claim'],
    ['使用钉钉、飞书或企业微信账号登录，授权读取日程和待办。', 'not-a-claim'],
  ]);

  it('is read as Chinese and graded D or F', () => {
    const r = scan('zhoubao-zh.html');
    expect(r.lang).toBe('zh');
    expect(['D', 'F']).toContain(r.grade);
  });
});

describe('news-article.html: journalism is not graded', () => {
  it('is not a product page and gets no grade', () => {
    const r = scan('news-article.html');
    expect(r.isProductPage).toBe(false);
    expect(r.grade).toBeNull();
    expect(r.noGradeReason).toBe('not-product-page');
  });

  it('still reads the survey it reports as self-reported', () => {
    const c = claimWith(scan('news-article.html'), 'Only 29 per cent of respondents said');
    expect(c?.verdict).toBe('weak');
  });
});

describe('every example report', () => {
  it.each(['slidecraft.html', 'evidence-based.html', 'weeklypilot.html', 'brokerage-research.html', 'zhoubao-zh.html', 'news-article.html'])(
    '%s is valid under the report schema',
    (file) => {
      expect(PageReportSchema.safeParse(scan(file)).success).toBe(true);
    },
  );
});
