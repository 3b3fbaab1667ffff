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
