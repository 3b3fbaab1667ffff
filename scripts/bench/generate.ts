// Deterministic synthetic product pages of about N DOM nodes, for the benchmark: a styled
// page as vendors build them (navigation, hero, stat cards, feature cards, testimonials,
// pricing, FAQ, long articles, footnotes, footer), in English with a Chinese section now and
// then. Sentences are assembled from parts with numbers drawn at random, so that almost
// every one is different, as on a real page: an engine that only judged a sentence once
// per page would gain little here. Some elements are hidden by the stylesheet, as real
// pages hide menus and tabs.
import { mulberry32 } from '../lib/random';

/** Every run builds the same page. */
const rng = mulberry32;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const AUDIENCES = ['analysts', 'support teams', 'recruiters', 'finance teams', 'marketers', 'founders', 'lawyers', 'sales reps', 'teachers', 'engineers'];
const TASKS = [
  'weekly reports',
  'slide decks',
  'contract reviews',
  'support replies',
  'sales emails',
  'job posts',
  'meeting notes',
  'invoices',
  'lesson plans',
  'release notes',
];
const TOOLS = ['Slack', 'Google Drive', 'Notion', 'Jira', 'Salesforce', 'HubSpot', 'Dropbox', 'Zendesk', 'GitHub', 'Outlook'];
const VERBS = ['Draft', 'Review', 'Summarise', 'Translate', 'Schedule', 'Export', 'Organise', 'Share', 'Tag', 'Archive'];
const NAMES = [
  'Dana Reyes',
  'Sam Okafor',
  'Priya Natarajan',
  'Lena Fischer',
  'Tomás Ortega',
  'Mei Lin',
  'Jonas Berg',
  'Amara Osei',
  'Hugo Laurent',
  'Kenji Sato',
];
const COMPANIES = ['Larkspur', 'Northwind', 'Bluefin', 'Quarry & Co', 'Tessellate', 'Brightline', 'Harbor Labs', 'Copperleaf', 'Fieldnote', 'Ravenna'];
const ROLES = ['Head of Support', 'Operations lead', 'CFO', 'Recruiting manager', 'VP Marketing', 'Founder', 'Team lead', 'Analyst'];
const ZH_TASKS = ['周报', '会议纪要', '合同审核', '客服回复', '销售邮件', '课程教案', '发票', '招聘启事'];

type Rand = () => number;

function sentenceMaker(rand: Rand) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const num = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  /** Claims, as product pages make them: numbers without baselines, superlatives, automation, social proof, and now and then a backed one. */
  const claim = (): string =>
    pick([
      () => `Cut the time you spend on ${pick(TASKS)} by ${num(20, 95)}%.`,
      () => `Write ${pick(TASKS)} ${num(2, 20)}x faster with AI.`,
      () => `The world's first AI assistant for ${pick(AUDIENCES)}.`,
      () => `One-click ${pick(TASKS)}, no human needed.`,
      () => `Trusted by ${num(2, 90)},000+ ${pick(AUDIENCES)} worldwide.`,
      () => `${num(97, 100)}% accurate ${pick(TASKS)}, every time.`,
      () => `Save ${num(3, 15)} hours a week on ${pick(TASKS)}.`,
      () => `Our AI replaces your ${pick(AUDIENCES)} for ${pick(TASKS)}.`,
      () => `Rated ${(4 + rand()).toFixed(1)}/5 by ${num(100, 9000)} users.`,
      () =>
        `In a ${num(2021, 2025)} trial with ${num(40, 900)} ${pick(AUDIENCES)}, median time on ${pick(TASKS)} fell ${num(8, 40)}% compared with a control group.`,
      () => `Guaranteed results for ${pick(AUDIENCES)} in ${num(2, 30)} days.`,
    ])();
  /** Copy that describes rather than claims. */
  const prose = (): string =>
    pick([
      () => `${pick(VERBS)} ${pick(TASKS)} from ${pick(TOOLS)} and ${pick(TOOLS)}.`,
      () => `Connect ${pick(TOOLS)} in a few steps and choose who sees each ${pick(TASKS).replace(/s$/, '')}.`,
      () => `Export ${pick(TASKS)} to PDF, Word or ${pick(TOOLS)}.`,
      () => `Comments and version history are kept for ${num(30, 365)} days on every plan.`,
      () => `Invite up to ${num(3, 50)} people from ${pick(COMPANIES)} or any other team.`,
      () => `Templates for ${pick(TASKS)} come in ${num(4, 40)} layouts that you can edit by hand.`,
      () => `${pick(VERBS)} drafts, then send them to ${pick(TOOLS)} when they are ready.`,
      () => `Search across ${pick(TASKS)} by author, date or ${pick(TOOLS)} channel.`,
    ])();
  const zh = (): string =>
    pick([
      () => `一键生成${pick(ZH_TASKS)}，效率提升${num(2, 20)}倍。`,
      () => `支持从${pick(TOOLS)}导入${pick(ZH_TASKS)}，再导出为PDF。`,
      () => `已有${num(2, 90)}万团队在用。`,
      () => `每月${num(9, 99)}元起，可随时取消。`,
    ])();
  return { pick, num, claim, prose, zh };
}

/** Counts what the markup adds: elements and text nodes. */
class Html {
  readonly parts: string[] = [];
  nodes = 0;
  el(tag: string, attrs: string, inner: string, innerNodes: number): void {
    this.parts.push(`<${tag}${attrs ? ` ${attrs}` : ''}>${inner}</${tag}>`);
    this.nodes += 1 + innerNodes;
  }
}

/** Inline markup, as copy has it: a bold lead-in, a link, an emphasised word. */
function inline(text: string, rand: Rand): [string, number] {
  const words = text.split(' ');
  if (words.length < 5 || rand() < 0.4) return [escapeHtml(text), 1];
  const cut = 1 + Math.floor(rand() * Math.min(3, words.length - 2));
  const head = words.slice(0, cut).join(' ');
  const tail = words.slice(cut).join(' ');
  if (rand() < 0.5) return [`<strong>${escapeHtml(head)}</strong> ${escapeHtml(tail)}`, 3];
  return [`${escapeHtml(head)} <a href="/docs/${cut}">${escapeHtml(tail.split(' ')[0] ?? '')}</a> ${escapeHtml(tail.split(' ').slice(1).join(' '))}`, 4];
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1f2328}
nav ul,footer ul{display:flex;gap:16px;list-style:none;padding:0}
.hero{padding:48px 24px;background:#f5f3ff}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.card{border:1px solid #ddd;border-radius:8px;padding:16px}.stat .figure{font-size:32px;font-weight:700}
.menu-mobile,.hidden{display:none}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.btn{display:inline-block;padding:8px 16px;border-radius:999px;background:#6d4aff;color:#fff}
article p{max-width:70ch}`;

/** A product page of about `nodes` DOM nodes (elements and text nodes). */
export function generatePage(nodes: number, seed = 1): string {
  const rand = rng(seed + nodes);
  const s = sentenceMaker(rand);
  const h = new Html();
  h.nodes = 14; // html, head, meta, title, style, body and their text
  // Navigation, with a hidden mobile menu.
  const links = TOOLS.slice(0, 6)
    .map((t) => `<li><a href="/${t.toLowerCase().replace(/\W+/g, '-')}">${escapeHtml(t)}</a></li>`)
    .join('');
  h.el('nav', 'class="top"', `<ul>${links}</ul><ul class="menu-mobile">${links}</ul>`, 2 + 6 * 3 * 2);
  // Hero.
  h.el(
    'header',
    'class="hero"',
    `<h1>${escapeHtml(s.claim())}</h1><p>${escapeHtml(s.prose())} ${escapeHtml(s.claim())}</p><a class="btn" href="/signup">Start free trial</a> <a class="btn" href="/demo">Book a demo</a>`,
    2 + 2 + 2 + 2 + 1,
  );
  const body = new Html();
  let section = 0;
  while (h.nodes + body.nodes < nodes - 40) {
    section++;
    body.nodes++; // the line break between sections
    const kind = section % 7;
    if (kind === 1) {
      // Stat cards: a big figure over its label.
      const cards = Array.from({ length: 4 }, () => {
        const fig = `${s.num(2, 95)}${s.pick(['%', 'x', '+', ' min'])}`;
        return `<div class="card stat"><div class="figure">${fig}</div><div class="label">${escapeHtml(s.pick(['less time on ', 'faster ', 'more ', 'saved on ']))}${escapeHtml(s.pick(TASKS))}</div></div>`;
      }).join('');
      body.el('section', `class="stats" id="stats-${section}"`, `<div class="grid">${cards}</div>`, 1 + 4 * 5);
    } else if (kind === 2 || kind === 5) {
      // Feature cards.
      let n = 0;
      const cards = Array.from({ length: 6 }, () => {
        const [p, pn] = inline(rand() < 0.3 ? s.claim() : s.prose(), rand);
        n += 1 + 2 + 1 + pn + 2;
        return `<div class="card"><h3>${escapeHtml(s.pick(VERBS))} ${escapeHtml(s.pick(TASKS))}</h3><p>${p}</p><span class="sr-only">(feature)</span></div>`;
      }).join('');
      body.el(
        'section',
        `class="features" id="features-${section}"`,
        `<h2>Features for ${escapeHtml(s.pick(AUDIENCES))}</h2><div class="grid">${cards}</div>`,
        2 + 1 + n,
      );
    } else if (kind === 3) {
      // Testimonials.
      const quotes = Array.from({ length: 3 }, () => {
        const who = `${s.pick(NAMES)}, ${s.pick(ROLES)}, ${s.pick(COMPANIES)}`;
        return `<blockquote><p>“${escapeHtml(rand() < 0.5 ? s.claim() : s.prose())}”</p><cite>— ${escapeHtml(who)}</cite></blockquote>`;
      }).join('');
      body.el('section', `class="testimonials" id="quotes-${section}"`, `<h2>What our customers say</h2>${quotes}`, 2 + 3 * 5);
    } else if (kind === 4) {
      // Pricing, with a footnote marker.
      const plans = ['Starter', 'Team', 'Business']
        .map((name, i) => {
          const price = 9 + i * 20 + s.num(0, 9);
          return `<div class="card plan"><h3>${name}</h3><p class="price">$${price}/month per seat</p><ul><li>${escapeHtml(s.prose())}</li><li>${escapeHtml(s.claim())}<sup>${(section % 9) + 1}</sup></li></ul><a class="btn" href="/signup?plan=${i}">Start free trial</a></div>`;
        })
        .join('');
      body.el('section', `class="pricing" id="pricing-${section}"`, `<h2>Pricing</h2><div class="grid">${plans}</div>`, 2 + 1 + 3 * 14);
    } else if (kind === 6) {
      // FAQ, closed, and a hidden tab panel.
      const items = Array.from(
        { length: 3 },
        () => `<details><summary>Does it work with ${escapeHtml(s.pick(TOOLS))}?</summary><p>${escapeHtml(s.prose())}</p></details>`,
      ).join('');
      body.el(
        'section',
        `class="faq" id="faq-${section}"`,
        `<h2>Questions</h2>${items}<div class="hidden"><p>${escapeHtml(s.claim())}</p></div>`,
        2 + 3 * 5 + 3,
      );
    } else {
      // A long article: the prose of a blog post or a docs page, Chinese now and then.
      const zh = rand() < 0.12;
      let n = 0;
      const paras = Array.from({ length: 5 }, () => {
        const text = zh ? `${s.zh()}${s.zh()}` : Array.from({ length: 3 }, () => (rand() < 0.2 ? s.claim() : s.prose())).join(' ');
        const [p, pn] = zh ? [escapeHtml(text), 1] : inline(text, rand);
        n += 1 + pn;
        return `<p>${p}</p>`;
      }).join('');
      body.el('article', zh ? 'lang="zh"' : '', `<h2>${escapeHtml(zh ? `${s.pick(ZH_TASKS)}怎么写` : `How ${s.pick(AUDIENCES)} use it`)}</h2>${paras}`, 2 + n);
    }
  }
  const notes = Array.from(
    { length: 9 },
    (_, i) => `<li id="fn${i + 1}">${escapeHtml(`Internal survey of ${s.num(12, 80)} users, ${s.num(2022, 2025)}.`)}</li>`,
  ).join('');
  const foot = `<section class="footnotes"><ol>${notes}</ol></section><p>© 2026 Benchmark Inc. All rights reserved.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark product page (${nodes} nodes)</title><style>${STYLE}</style></head><body>${h.parts.join('')}<main>${body.parts.join('\n')}</main><footer>${foot}</footer></body></html>`;
}
