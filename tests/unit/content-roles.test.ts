// A block's role, decided in one place (entrypoints/content/roles.ts): from an element's tag and
// section, and from a line of plain text as the welcome page's sample reads it.
import { describe, expect, it } from 'vitest';
import { blockRole, headingRole, lineRole } from '../../entrypoints/content/roles';

describe('blockRole', () => {
  it('gives headings, the page title and list items their roles, and a section its own', () => {
    expect(blockRole('h1', null, false, null)).toBe('hero');
    expect(blockRole('h3', 'pricing', false, null)).toBe('heading');
    expect(blockRole('div', null, false, 'heading')).toBe('heading');
    expect(blockRole('p', 'pricing', false, null)).toBe('pricing');
    expect(blockRole('li', null, false, null)).toBe('feature');
    expect(blockRole('blockquote', null, false, null)).toBe('testimonial');
    expect(blockRole('summary', null, false, null)).toBe('faq');
  });

  it('keeps footers and footnotes whatever the tag, and a navigation plain', () => {
    expect(blockRole('h2', 'footer', false, null)).toBe('footer');
    expect(blockRole('h1', 'footnote', true, null)).toBe('footnote');
    expect(blockRole('h1', null, true, null)).toBe('body');
    expect(blockRole('li', 'feature', true, null)).toBe('body');
  });

  it('agrees with the cheap first look on headings', () => {
    expect(headingRole('h1')).toBe('hero');
    expect(headingRole('h2')).toBe('heading');
  });
});

describe('lineRole', () => {
  it('reads the lines of a sample page as the scraper would find them', () => {
    const lines: Array<[string, string]> = [
      ["Cut your meeting admin by 75% with the world's most accurate AI note-taker.", 'hero'],
      ['Trusted by 20,000+ teams.', 'feature'],
      ['“It has changed how our team works.” — Dana, Product Lead', 'testimonial'],
      ['Pricing', 'heading'],
      ['$9 per user per month. Free plan for up to 5 meetings.', 'pricing'],
      ['Start free trial', 'body'],
      ['每人每月39元，免费版每月可记录5场会议。', 'pricing'],
      ['免费试用', 'body'],
    ];
    for (const [line, role] of lines) expect(lineRole(line, role === 'hero'), line).toBe(role);
  });
});
