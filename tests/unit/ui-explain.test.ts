// Why a grade: the popup's sentence for this page, its checklist and its groups, on the bundled
// examples and fixtures read as the command line reads them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../cli/node-scan';
import type { PageReport } from '../../heuristics/types';
import { translator } from '../../locales/index';
import { CHECKS, checkLabel, checklist, explain, explanationText, FIRST_SCREEN, groupedClaims, ROLE_GROUPS, roleGroup, topFlag } from '../../utils/explain';
import { headlineClaims, sortedClaims } from '../../utils/present';

const ROOT = resolve(import.meta.dirname, '../..');
const en = translator('en');
const zh = translator('zh');

function read(path: string): { report: PageReport; url: string } {
  const url = `http://127.0.0.1/${path}`;
  return { report: scanHtml(readFileSync(resolve(ROOT, path), 'utf8'), url).report, url };
}

const PAGES = [
  'examples/slidecraft.html',
  'examples/weeklypilot.html',
  'examples/evidence-based.html',
  'examples/brokerage-research.html',
  'examples/zhoubao-zh.html',
  'tests/fixtures/careful-vendor.html',
  'tests/fixtures/bare-hype.html',
  'tests/fixtures/vendor-factual.html',
];
const read_ = new Map(PAGES.map((p) => [p, read(p)]));
const get = (p: string) => read_.get(p) as { report: PageReport; url: string };

describe('the sentence under the grade', () => {
  it('differs from page to page, where the stock grade line is one sentence for every F', () => {
    const graded = PAGES.map(get).filter((p) => p.report.grade);
    const sentences = graded.map(({ report, url }) => explanationText(en, 'en', explain(report, sortedClaims(report, url, []))));
    for (const s of sentences) expect(s.length).toBeGreaterThan(20);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('names a claim or signal of the page itself, in both languages', () => {
    for (const p of PAGES) {
      const { report, url } = get(p);
      if (!report.grade) continue;
      const views = sortedClaims(report, url, []);
      const e = explain(report, views);
      for (const f of [e.down, e.up]) {
        if (!f) continue;
        if (f.kind === 'claim') expect(report.claims).toContain(f.view.claim);
        else if (f.kind === 'claims') {
          expect(report.claims).toContain(f.example.claim);
          expect(f.count).toBeLessThanOrEqual(f.total);
        } else expect(report.signals).toContain(f.signal);
      }
      const zhText = explanationText(zh, 'zh', e);
      expect(zhText, p).toMatch(/拉低|撑起/);
      expect(zhText).not.toMatch(/\{|\}/);
    }
  });

  it('holds a careful page up by what it gives and pulls bare hype down by what it lacks', () => {
    const careful = get('tests/fixtures/careful-vendor.html');
    const ce = explain(careful.report, sortedClaims(careful.report, careful.url, []));
    expect(ce.up).toBeDefined();
    const hype = get('tests/fixtures/bare-hype.html');
    const he = explain(hype.report, sortedClaims(hype.report, hype.url, []));
    expect(he.down).toBeDefined();
    if (he.down?.kind === 'claim') expect(he.down.view.claim.verdict).not.toBe('supported');
    if (he.up?.kind === 'claim') expect(he.up.view.claim.verdict).toBe('supported');
  });

  it('picks the larger pull: a page of unbacked claims is pulled down by its claims, not by one pressure line', () => {
    for (const p of ['examples/weeklypilot.html', 'examples/zhoubao-zh.html', 'tests/fixtures/bare-hype.html', 'examples/brokerage-research.html']) {
      const { report, url } = get(p);
      const e = explain(report, sortedClaims(report, url, []));
      const worstSignal = Math.max(0, ...report.signals.filter((s) => s.polarity === 'negative').map((s) => s.points));
      expect(e.down?.impact, p).toBeGreaterThanOrEqual(worstSignal);
      // The score's own arithmetic: the claims' mean sits far below the middle on these pages.
      expect(report.breakdown.claimMean ?? 100, p).toBeLessThan(50 - worstSignal);
      expect(e.down?.kind, p).toBe('claims');
      if (e.down?.kind === 'claims') expect(e.down.example.claim.verdict).not.toBe('supported');
    }
  });
});

describe('the checklist', () => {
  it('lists the seven points in order, then every signal against the page', () => {
    for (const p of PAGES) {
      const { report, url } = get(p);
      const items = checklist(report, sortedClaims(report, url, []));
      if (!report.isProductPage) {
        expect(items).toEqual([]);
        continue;
      }
      const fixed = items.filter((i) => (CHECKS as readonly string[]).includes(i.id)).map((i) => i.id);
      expect(fixed, p).toEqual(report.claims.length ? [...CHECKS] : CHECKS.filter((c) => c !== 'headline'));
      const against = items.filter((i) => !(CHECKS as readonly string[]).includes(i.id));
      expect(against.map((i) => i.id)).toEqual(report.signals.filter((s) => s.polarity === 'negative').map((s) => s.id));
      for (const i of against) expect(i.ok).toBe(false);
      for (const i of items) {
        expect(checkLabel(en, i)).not.toMatch(/^check\.|\{/);
        expect(checkLabel(zh, i)).not.toMatch(/^check\.|\{/);
      }
    }
  });

  it('ticks a point only with the page’s own words behind it, so that it can show where they stand', () => {
    for (const p of PAGES) {
      const { report, url } = get(p);
      for (const i of checklist(report, sortedClaims(report, url, []))) {
        if (i.id === 'headline') continue;
        if (i.ok) expect(i.text || i.claimId, `${p} ${i.id}`).toBeTruthy();
      }
    }
  });

  it('ticks the stated limits, prices and review of a careful page, and crosses them on bare hype', () => {
    const careful = get('tests/fixtures/careful-vendor.html');
    const ok = new Map(checklist(careful.report, sortedClaims(careful.report, careful.url, [])).map((i) => [i.id, i.ok]));
    expect(ok.get('limitations')).toBe(true);
    expect(ok.get('evidence')).toBe(true);
    const hype = get('tests/fixtures/bare-hype.html');
    const bad = checklist(hype.report, sortedClaims(hype.report, hype.url, []));
    expect(bad.find((i) => i.id === 'headline')?.ok).toBe(false);
    expect(bad.find((i) => i.id === 'limitations')?.ok).toBe(false);
  });

  it('weighs the same headline claims the popup lists first, and points to one of them', () => {
    const { report, url } = get('examples/slidecraft.html');
    const views = sortedClaims(report, url, []);
    const head = checklist(report, views).find((i) => i.id === 'headline');
    const top = headlineClaims(views, 3, FIRST_SCREEN);
    expect(head?.total).toBe(top.length);
    expect(head?.unbacked).toBe(top.filter((v) => v.claim.verdict === 'unsupported').length);
    expect(top.map((v) => v.claim.id)).toContain(head?.claimId);
  });
});

describe('the first screen’s rows', () => {
  it('put the claims that stand on the page before those only in its title and meta tags', () => {
    for (const p of PAGES) {
      const { report, url } = get(p);
      const views = sortedClaims(report, url, []);
      const off = (r: string) => ['title', 'meta', 'structured', 'alt'].includes(r);
      const visible = views.filter((v) => !off(v.claim.role) || v.claim.also?.some((a) => !off(a.role)));
      const top = headlineClaims(views, 5, FIRST_SCREEN);
      const offTop = top.filter((v) => !visible.includes(v));
      // Off-page claims make the first five only when there are not five on the page to show.
      expect(offTop.length, p).toBe(Math.max(0, top.length - visible.length));
      // A dismissal does not reorder them.
      const first = top[0];
      if (!first?.flags.length) continue;
      const dismissed = views.map((v) =>
        v === first ? { ...v, flags: v.flags.map((f) => ({ ...f, dismissed: { page: url, rule: f.flag.rule, claim: v.claim.text, at: 1 } })) } : v,
      );
      expect(headlineClaims(dismissed, 5, FIRST_SCREEN).map((v) => v.claim.id)).toEqual(top.map((v) => v.claim.id));
    }
  });
});

describe('claims grouped by where they stand', () => {
  it('puts every claim in exactly one group, in the groups’ order, keeping the order given', () => {
    for (const p of PAGES) {
      const { report, url } = get(p);
      const views = sortedClaims(report, url, []);
      const groups = groupedClaims(views);
      expect(groups.flatMap((g) => g.views).length).toBe(views.length);
      const order = Object.keys(ROLE_GROUPS);
      expect(groups.map((g) => order.indexOf(g.group))).toEqual([...groups.map((g) => order.indexOf(g.group))].sort((a, b) => a - b));
      for (const g of groups) {
        for (const v of g.views) expect(roleGroup(v.claim.role)).toBe(g.group);
        const idx = g.views.map((v) => views.indexOf(v));
        expect(idx).toEqual([...idx].sort((a, b) => a - b));
      }
    }
  });

  it('shows each row’s most severe standing flag', () => {
    const { report, url } = get('examples/slidecraft.html');
    const rank = { minor: 1, major: 2, critical: 3 };
    for (const v of sortedClaims(report, url, [])) {
      const f = topFlag(v);
      if (!v.flags.length) expect(f).toBeUndefined();
      else expect(rank[f?.flag.severity ?? 'minor']).toBe(Math.max(...v.flags.map((x) => rank[x.flag.severity])));
    }
  });
});
