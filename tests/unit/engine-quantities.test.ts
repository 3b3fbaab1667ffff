// Numbers as the engine reads them: a value, its unit and its hedge, in English and Chinese.
import { describe, expect, it } from 'vitest';
import { findQuantities, type Quantity } from '../../heuristics/quantities';

function first(text: string): Pick<Quantity, 'value' | 'unit' | 'text'> & { bound?: string } {
  const q = findQuantities(text)[0];
  if (!q) throw new Error(`no quantity in ${text}`);
  return { value: q.value, unit: q.unit, text: q.text, ...(q.bound ? { bound: q.bound } : {}) };
}

describe('findQuantities', () => {
  it.each([
    ['Saves 80% of your PPT work', { value: 80, unit: 'percent', text: '80%' }],
    ['Save up to 80% of your time', { value: 80, unit: 'percent', text: '80%', bound: 'up-to' }],
    ['at least 30% fewer errors', { value: 30, unit: 'percent', text: '30%', bound: 'at-least' }],
    ['41 per cent of firms', { value: 41, unit: 'percent', text: '41 per cent' }],
    ['10x faster decks', { value: 10, unit: 'multiple', text: '10x' }],
    ['twice as fast', { value: 2, unit: 'multiple', text: 'twice' }],
    ['5 hours a week', { value: 5, unit: 'time', text: '5 hours' }],
    ['answers in 200 milliseconds', { value: 200, unit: 'time', text: '200 milliseconds' }],
    ['in ten minutes', { value: 10, unit: 'time', text: 'ten minutes' }],
    ['$10k in a month', { value: 10_000, unit: 'money', text: '$10k' }],
    ['€2 million raised', { value: 2_000_000, unit: 'money', text: '€2 million' }],
    ['trusted by 50,000+ teams', { value: 50_000, unit: 'count', text: '50,000+', bound: 'at-least' }],
    ['over 10,000 users', { value: 10_000, unit: 'count', text: '10,000', bound: 'at-least' }],
    ['in 2023', { value: 2023, unit: 'year', text: '2023' }],
    ['rated 4.8/5', { value: 4.8, unit: 'rating', text: '4.8/5' }],
    ['3.5 stars', { value: 3.5, unit: 'rating', text: '3.5 stars' }],
    ['9 out of 10 users', { value: 90, unit: 'percent', text: '9 out of 10' }],
    ['half the time', { value: 50, unit: 'percent', text: 'half the time' }],
    ['cut our review time in half', { value: 50, unit: 'percent', text: 'in half' }],
  ] as const)('reads "%s"', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each([
    ['效率提升10倍', { value: 10, unit: 'multiple', text: '10倍' }],
    ['两倍的速度', { value: 2, unit: 'multiple', text: '两倍' }],
    ['节省三成时间', { value: 30, unit: 'percent', text: '三成' }],
    ['提升百分之五十', { value: 50, unit: 'percent', text: '百分之五十' }],
    ['每周节省5小时', { value: 5, unit: 'time', text: '5小时' }],
    ['3秒生成周报', { value: 3, unit: 'time', text: '3秒' }],
    ['超过一万家企业', { value: 10_000, unit: 'count', text: '一万', bound: 'at-least' }],
  ] as const)('reads Chinese "%s"', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('gives spans into the text', () => {
    const text = 'From 4 hours to 25 minutes, 31% faster.';
    for (const q of findQuantities(text)) expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    expect(findQuantities(text).map((q) => q.unit)).toEqual(['time', 'time', 'percent']);
  });

  it('finds no quantity in text without numbers', () => {
    expect(findQuantities('Beautiful decks, effortlessly.')).toEqual([]);
    expect(findQuantities('秒级生成')).toEqual([]);
  });

  it('does not read a word like "double-check" as a multiple', () => {
    expect(findQuantities('Always double-check the figures.')).toEqual([]);
  });
});
