// The product gate: a page is graded when it sells software or an AI service. Newsletter
// sign-ups, log-ins, memberships, paywalls and "plan" or "price" in a headline are not offers.
import { describe, expect, it } from 'vitest';
import { productPageEvidence } from '../../heuristics/index';
import type { TextBlock } from '../../heuristics/types';

const b = (role: TextBlock['role'], text: string, id = text.slice(0, 12)): TextBlock => ({ id, role, text });
const ARTICLE = [
  b('title', 'Council approves a new bus lane on the high street | The Town Times'),
  b('hero', 'Council approves a new bus lane on the high street'),
  b('body', 'Councillors voted seven to three on Monday to add a bus lane between the station and the market.'),
];

describe('what is not an offer', () => {
  it('a newsletter sign-up and a log-in link', () => {
    const page = [
      ...ARTICLE,
      b('heading', 'Get the morning briefing'),
      b('body', 'Our free newsletter, every weekday at 7am.'),
      b('body', 'Sign up'),
      b('body', 'Log in'),
    ];
    expect(productPageEvidence(page).isProduct).toBe(false);
  });

  it('"plan" and "price" in a headline, and a membership fee', () => {
    const page = [
      b('hero', 'The price of a plan: why the rowing club raised its fees'),
      b('heading', 'Our plan for the boathouse'),
      b('heading', 'Membership'),
      b('pricing', 'Adult membership: £60 a year.'),
      b('body', 'Join the club'),
    ];
    expect(productPageEvidence(page).isProduct).toBe(false);
  });

  it('a paywall, even on a story about AI software', () => {
    const page = [
      b('hero', 'Regulators weigh audits for AI hiring software'),
      b('body', 'Vendors say their tools save recruiters hours each week.'),
      b('heading', 'Subscribe to keep reading'),
      b('body', 'Unlimited access to our journalism and the full archive.'),
      b('pricing', '$1 a week for the first year'),
      b('body', 'Subscribe now'),
      b('body', 'Already a subscriber? Sign in'),
    ];
    expect(productPageEvidence(page).isProduct).toBe(false);
  });

  it('an offer with nothing about software or AI on the page', () => {
    const page = [
      b('hero', 'Handmade oak tables, built to order'),
      b('heading', 'Pricing'),
      b('pricing', 'From £1,200'),
      b('body', 'Book a demo'),
      b('body', 'Buy now'),
    ];
    expect(productPageEvidence(page).isProduct).toBe(false);
  });
});

describe('what is an offer of software', () => {
  it('a pricing label followed by a price, on a page about a tool', () => {
    const page = [
      b('hero', 'Meeting notes that write themselves'),
      b('body', 'An AI note-taker for sales teams.'),
      b('heading', 'Pricing'),
      b('body', 'Team: $12 per user per month'),
    ];
    expect(productPageEvidence(page).isProduct).toBe(true);
  });

  it('a long paragraph of plans and prices under the pricing label, with no button at all', () => {
    const plans = `Team: £48 per user per month, billed annually, for up to 150 reports per user per month. ${'Enterprise adds single sign-on, audit logs, a named contact and a data-processing agreement reviewed by your counsel. '.repeat(3)}`;
    expect(plans.length).toBeGreaterThan(300);
    const page = [
      b('hero', 'Contract review software for in-house teams'),
      b('body', 'An AI tool that drafts a first issues list.'),
      b('heading', 'Pricing'),
      b('body', plans),
    ];
    expect(productPageEvidence(page).isProduct).toBe(true);
    // A price deep inside a long paragraph is a mention, not an offer.
    const mention = `${'Analysts who compared the tools for this review found that most teams underestimate the time a first pass takes. '.repeat(3)}One vendor charges £48 per user per month.`;
    const article = [b('hero', 'What contract tools cost'), b('body', 'An AI tool review.'), b('heading', 'Pricing'), b('body', mention)];
    expect(productPageEvidence(article).isProduct).toBe(false);
  });

  it('a trial and a demo button on a software page', () => {
    const page = [b('hero', 'Invoice extraction software for small firms'), b('body', 'Start your free trial'), b('body', 'Book a demo')];
    expect(productPageEvidence(page).isProduct).toBe(true);
  });

  it('a bare "Sign up" alone is not enough, with a download button it is', () => {
    const base = [b('hero', 'A browser extension that summarises any page'), b('body', 'Sign up')];
    expect(productPageEvidence(base).isProduct).toBe(false);
    expect(productPageEvidence([...base, b('body', 'Add to Chrome')]).isProduct).toBe(true);
  });

  it('in Chinese: 价格 and 免费试用 on an AI tool page', () => {
    const page = [b('hero', 'AI 周报助手，一键生成周报'), b('heading', '价格'), b('body', '团队版：每人每月 ¥49'), b('body', '免费试用')];
    expect(productPageEvidence(page).isProduct).toBe(true);
  });
});
