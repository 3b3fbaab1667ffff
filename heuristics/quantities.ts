// Numbers as a sceptic reads them: a value, its unit, and where it stands.

export type QuantityUnit = 'percent' | 'multiple' | 'time' | 'money' | 'count' | 'year';

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  /** The exact words, e.g. "80%", "10x", "5 hours", "10倍", "$10k". */
  text: string;
  span: [number, number];
}

const NUM = String.raw`(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?)`;
const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 百: 100, 千: 1000, 万: 10000 };

// One scanner per unit family, compiled once. Order matters only for overlaps,
// which are resolved by keeping the earliest, longest match.
const SCANNERS: Array<[QuantityUnit, RegExp]> = [
  ['percent', new RegExp(String.raw`${NUM}\s?(?:%|％|percent\b|per cent\b)|百分之([一二三四五六七八九十百]+)`, 'giu')],
  ['multiple', new RegExp(String.raw`${NUM}\s?(?:x\b|×|X\b|times\b|-fold\b|倍)|([一二两三四五六七八九十百]+)倍`, 'gu')],
  [
    'time',
    new RegExp(
      String.raw`${NUM}\+?\s?(?:hours?|hrs?|h\b|minutes?|mins?|seconds?|secs?|s\b|days?|weeks?|months?|小时|个小时|分钟|秒钟?|天|周|个月)|([一二两三四五六七八九十]+)(?:个?小时|分钟|秒钟?|天|周|个月)`,
      'giu',
    ),
  ],
  ['money', new RegExp(String.raw`(?:[$€£¥￥]\s?${NUM}\s?(?:k|K|m|M|bn|million|billion|万|亿)?)|${NUM}\s?(?:万|亿)?元`, 'gu')],
  ['year', /\b(19[5-9]\d|20\d{2})\b|(19[5-9]\d|20\d{2})年/gu],
  ['count', new RegExp(String.raw`${NUM}\s?(?:\+|k\+|K\+|,000\+|万\+?|多)?`, 'gu')],
];

function parseNumber(raw: string | undefined): number {
  if (!raw) return Number.NaN;
  if (/^[一二两三四五六七八九十百千万]+$/u.test(raw)) {
    let total = 0;
    let digit = 0;
    for (const ch of raw) {
      const v = CN_NUM[ch] ?? 0;
      if (v >= 10) {
        total += (digit || 1) * v;
        digit = 0;
      } else digit = v;
    }
    return total + digit;
  }
  return Number(raw.replace(/[,，]/g, ''));
}

/** All quantities in a sentence, without overlaps, in reading order. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const [unit, re] of SCANNERS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((q) => start < q.span[1] && end > q.span[0])) continue;
      const raw = m.slice(1).find((g) => g !== undefined);
      const value = parseNumber(raw);
      if (Number.isNaN(value)) continue;
      found.push({ value, unit, text: m[0].trim(), span: [start, start + m[0].trimEnd().length] });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
