// Sentences and their language: what the engine reads a block as before it judges anything.
import { describe, expect, it } from 'vitest';
import { detectLang, MAX_SENTENCE, segment } from '../../heuristics/segment';

const texts = (t: string) => segment(t).map((s) => s.text);

describe('segment: English', () => {
  it('splits at full stops, exclamation and question marks', () => {
    expect(texts('Write faster. Ship sooner! Ready?')).toEqual(['Write faster.', 'Ship sooner!', 'Ready?']);
  });

  it('keeps offsets into the block, so text.slice(start, end) is the sentence', () => {
    const block = '  Save hours.   Try it free.\nNo card needed.';
    for (const s of segment(block)) expect(block.slice(s.start, s.end)).toBe(s.text);
    expect(segment(block).map((s) => s.start)).toEqual([2, 16, 29]);
  });

  it('does not split after titles, company suffixes, "e.g." or "et al."', () => {
    expect(texts('Built by Dr. Smith at Acme Inc. in 2024. Try it.')).toEqual(['Built by Dr. Smith at Acme Inc. in 2024.', 'Try it.']);
    expect(texts('See Smith et al. 2023 for details.')).toEqual(['See Smith et al. 2023 for details.']);
    expect(texts('Works with many formats, e.g. PDF and DOCX.')).toHaveLength(1);
  });

  it('keeps initials with the name they belong to', () => {
    expect(texts('J. K. Rowling said so.')).toEqual(['J. K. Rowling said so.']);
  });

  it('keeps decimals, prices and versions inside the sentence', () => {
    expect(texts('It costs $9.99 per month. Version 2.5 is out.')).toEqual(['It costs $9.99 per month.', 'Version 2.5 is out.']);
  });

  it('keeps a footnote marker with the sentence it follows', () => {
    expect(texts('Cut your reporting time by 60%.¹ Next one.')).toEqual(['Cut your reporting time by 60%.¹', 'Next one.']);
    expect(texts('Cut your time by 60%.[1] Next one.')).toEqual(['Cut your time by 60%.[1]', 'Next one.']);
    expect(texts('Cut 60%.* Next.')).toEqual(['Cut 60%.*', 'Next.']);
  });

  it('treats line breaks and tagline separators as sentence ends', () => {
    expect(texts('Line one\nLine two')).toEqual(['Line one', 'Line two']);
    expect(texts('Fast · Private · Free')).toEqual(['Fast', 'Private', 'Free']);
    expect(texts('Write | Edit | Publish')).toEqual(['Write', 'Edit', 'Publish']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('   \n\t ')).toEqual([]);
  });

  it('cuts an endless run into pieces no longer than MAX_SENTENCE, at clause breaks', () => {
    const long = Array.from({ length: 200 }, (_, i) => `clause ${i}`).join(', ');
    const parts = segment(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(parts.map((p) => p.text).join(' ')).toBe(long);
  });
});

describe('segment: Chinese and mixed text', () => {
  it('splits at 。！？ and keeps offsets', () => {
    const block = '一键生成PPT，效率提升10x。支持导出PDF！真的吗？';
    const parts = segment(block);
    expect(parts.map((s) => s.text)).toEqual(['一键生成PPT，效率提升10x。', '支持导出PDF！', '真的吗？']);
    for (const s of parts) expect(block.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split at the Chinese comma', () => {
    expect(texts('节省80%的时间，效率提升10倍。')).toEqual(['节省80%的时间，效率提升10倍。']);
  });

  it('gives each sentence its own language', () => {
    const parts = segment('Write your weekly report in minutes. 三秒生成周报。');
    expect(parts.map((s) => s.lang)).toEqual(['en', 'zh']);
  });

  it('splits at the full-width bar used in Chinese titles', () => {
    expect(texts('智报AI｜一键生成周报')).toEqual(['智报AI', '一键生成周报']);
  });
});

describe('detectLang', () => {
  it('reads Chinese with Latin product names as Chinese', () => {
    expect(detectLang('一键生成PPT，效率提升10x')).toBe('zh');
    expect(detectLang('智报AI - 一键生成周报')).toBe('zh');
  });

  it('reads English as English', () => {
    expect(detectLang('Saves 80% of your PPT work')).toBe('en');
  });

  it('falls back to English when there are no letters at all', () => {
    expect(detectLang('')).toBe('en');
    expect(detectLang('123 %')).toBe('en');
  });
});
