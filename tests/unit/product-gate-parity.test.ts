// The first look and the full read ask the same question of a page (productPageEvidence)
// and must give the same answer: on every fixture and example, the probe's blocks and the
// scraper's blocks make the same decision, so a page is never passed by one and failed by
// the other.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probe } from '../../entrypoints/content/probe';
import { scrape } from '../../entrypoints/content/scrape';
import { productPageEvidence } from '../../heuristics/index';
import { ROOT } from '../../scripts/eval/corpus';
import { page } from './scrape-helpers';

const FILES = [
  ...readdirSync(resolve(ROOT, 'examples'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `examples/${f}`),
  ...readdirSync(resolve(ROOT, 'tests/fixtures'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `tests/fixtures/${f}`),
];

describe('the first look and the full read agree on what is a product page', () => {
  for (const file of FILES) {
    it(file, () => {
      const html = readFileSync(resolve(ROOT, file), 'utf8');
      const first = productPageEvidence(probe(page(html)).blocks).isProduct;
      const full = productPageEvidence(scrape(page(html)).blocks).isProduct;
      expect(first, `probe ${first}, full read ${full}`).toBe(full);
    });
  }
});

describe('the first look sees what the full read sees of prices', () => {
  const pages: Array<[string, string]> = [
    [
      'a table of plans under "Plans", with no button',
      '<h1>Minutes, an AI meeting recorder</h1><p>Records and transcribes your calls.</p><h2>Plans</h2><table><tr><th>Plan</th><th>Price</th></tr><tr><td>Solo</td><td>$9 per month</td></tr><tr><td>Team</td><td>$15 per user per month</td></tr></table>',
    ],
    [
      'a long paragraph of plans under "Pricing"',
      `<h1>Clauseline, AI contract review software</h1><h2>Pricing</h2><p>Team: £48 per user per month, billed annually. ${'Enterprise adds single sign-on and audit logs. '.repeat(8)}</p>`,
    ],
  ];
  for (const [name, html] of pages) {
    it(name, () => {
      const first = productPageEvidence(probe(page(html)).blocks).isProduct;
      const full = productPageEvidence(scrape(page(html)).blocks).isProduct;
      expect(full).toBe(true);
      expect(first).toBe(full);
    });
  }
});
