// Numbers as a sceptic reads them: a value, its unit, and how it is hedged ("up to 80%",
// "50,000+ teams"). One pass finds every number; a few anchored patterns read the unit
// that follows it. Everything is compiled once; nothing here backtracks over the sentence.

import { CN_DIGIT, CN_SCALE, EN_NUMBER_WORDS, scaleOf } from './numbers';

export type QuantityUnit = 'percent' | 'multiple' | 'time' | 'money' | 'count' | 'year' | 'rating';

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  /** The exact words, e.g. "80%", "10x", "5 hours", "10倍", "$10k", "50,000+". */
  text: string;
  span: [number, number];
  /** "up to 80%" is a best case; "50,000+" and "over 10,000" are a floor. */
  bound?: 'up-to' | 'at-least';
  /** For time: the unit word as written ("seconds", "分钟"). */
  unitWord?: string;
}

/** The number words of durations: the plain ones, and the vague ones copy uses ("a few minutes", "half an hour"). */
const EN_WORD: Record<string, number> = {
  ...EN_NUMBER_WORDS,
  a: 1,
  an: 1,
  'half an': 0.5,
  'half a': 0.5,
  'a couple of': 2,
  'a few': 3,
};

/**
 * A number: Arabic digits (with thousands separators), or Chinese numerals when a unit
 * follows them ("十分钟", "两个小时", "百万"). The lookbehind keeps the scan linear: a
 * match can only start where a run of digits starts.
 */
const NUMBER =
  /(?<![\d.,A-Za-z_])(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)|(?<![一二两三四五六七八九十百千万亿零])([一二两三四五六七八九十百千万亿零]{1,6})(?=[倍个小时分钟秒天周年月万亿多余])/gu;
/** English number words before a time unit: "ten minutes", "a week", "half an hour". */
const WORD_TIME =
  /\b(a couple of|a few|half an?|a hundred|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety) (seconds?|minutes?|hours?|days?|weeks?|months?)\b/gi;
/** Multiples written as words: "twice as fast", "double your output", "翻倍". */
const WORD_MULTIPLE =
  /\b(twice|double[ds]?|triple[ds]?|quadruple[ds]?|(?:three|four|five|ten) times)\b(?![- ](?:check|click|tap|space|entry|dip))|(翻倍|倍增|成倍)/gi;
const WORD_MULTIPLE_VALUE: Record<string, number> = { twice: 2, double: 2, triple: 3, quadruple: 4, three: 3, four: 4, five: 5, ten: 10 };
/** Fractions and shares written as words: "half the time", "a third", "七成", "三分之一", "千分之三". */
const FRACTION =
  /\b(?:(?:in )?half (?:the|your) (?:time|cost|effort|work)|(?:by|in) (?:half|a third|a quarter|two[- ]thirds)(?! (?:an?|the|of)\b)|halv(?:e|es|ed|ing)|(?:a|one) (?:third|quarter) (?:of|less|fewer|faster))\b|(?:减半|一半|半天)|([一二三四五六七八九十])成(?![本功员绩果品])|([一二三四五六七八九十百千万\d]+)分之([一二三四五六七八九十零点\d.]+)/gi;

// Anchored readers for what follows a number (applied to a short slice after it).
const U_PERCENT = /^\s?(?:%|％|percent\b|per ?cent\b|个百分点|百分点)/i;
const U_MULTIPLE = /^\s?(?:[xX×](?![\dA-Za-z])|times\b(?! (?:a|per|each|every|in|as many)\b)|-?fold\b|倍)/;
const U_TIME =
  /^(?:\+\s?|\s|-)?((?:working |business )?(?:hours?|hrs?|milliseconds?|ms|minutes?|mins?|seconds?|secs?|days?|weeks?|months?)\b|h\b|s\b|个?小时|分钟|毫秒|秒钟?|天|周|个月)/i;
const U_SCALE = /^(?:\s?(?:k|K|m|M|bn|BN)\b|\s(?:thousand|million|billion)\b|万|亿|千)/;
const U_MONEY_AFTER = /^\s?(?:元|块|美元|人民币|USD\b|EUR\b|GBP\b|dollars?\b|euros?\b)/;
const U_RATING = /^\s?(?:★|⭐|stars?\b|\/\s?5\b|out of 5\b|分(?=[（(]?满分\s?5|好评|评分)|（满分5分）)/;
const U_OUT_OF = /^\s?(?:out of|in|\/)\s?(10|100)\b/;
const U_PLUS = /^\s?(?:\+|多|余)/;
const CURRENCY_BEFORE = /[$€£¥￥]\s?$/;
const UP_TO_BEFORE = /(?:up to|as much as|as many as|by up to|最高|高达|最多)\s*$/i;
const AT_LEAST_BEFORE = /(?:over|more than|at least|in excess of|超过|已有|逾|累计)\s*$/i;

function parseChinese(raw: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of raw) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const scale = CN_SCALE[ch] ?? 1;
    if (scale >= 10_000) {
      section = (section + digit) * scale;
      total += section;
      section = 0;
    } else section += (digit || 1) * scale;
    digit = 0;
  }
  return total + section + digit;
}

/** The unit written right after a number, if any. */
function unitAfter(
  rest: string,
  arabic: string | undefined,
  value: number,
  scaled: boolean,
): { unit: QuantityUnit; value: number; length: number; word?: string } | null {
  const percent = U_PERCENT.exec(rest);
  if (percent) return { unit: 'percent', value, length: percent[0].length };
  const multiple = U_MULTIPLE.exec(rest);
  if (multiple) return { unit: 'multiple', value, length: multiple[0].length };
  if (arabic && /^(?:19[5-9]\d|20[0-4]\d)$/.test(arabic) && !scaled && !/^\s?(?:\+|%|[a-z]{2,}s\b)/i.test(rest)) {
    return { unit: 'year', value, length: rest.startsWith('年') ? 1 : 0 };
  }
  const time = U_TIME.exec(rest);
  if (time) return { unit: 'time', value, length: time[0].length, ...(time[1] ? { word: time[1] } : {}) };
  const money = U_MONEY_AFTER.exec(rest);
  if (money) return { unit: 'money', value, length: money[0].length };
  const rating = arabic && value <= 5 ? U_RATING.exec(rest) : null;
  if (rating) return { unit: 'rating', value, length: rating[0].length };
  const outOf = U_OUT_OF.exec(rest);
  if (outOf && value <= Number(outOf[1])) return { unit: 'percent', value: (value / Number(outOf[1])) * 100, length: outOf[0].length };
  return null;
}

function overlaps(found: Quantity[], start: number, end: number): boolean {
  for (const q of found) if (start < q.span[1] && end > q.span[0]) return true;
  return false;
}

/** All quantities in a sentence, without overlaps, in reading order. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const arabic = m[1];
    let value = arabic !== undefined ? Number(arabic.replace(/,/g, '')) : parseChinese(m[2] ?? '');
    if (!Number.isFinite(value)) continue;
    const after = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, start - 16), start);
    let unit: QuantityUnit = 'count';
    let unitWord: string | undefined;
    let bound: Quantity['bound'];
    let qStart = start;

    const scale = U_SCALE.exec(after);
    let rest = after;
    if (scale) {
      const s = scale[0].trim().toLowerCase();
      value *= scaleOf(s);
      end += scale[0].length;
      rest = text.slice(end, end + 24);
    }
    if (CURRENCY_BEFORE.test(before)) {
      unit = 'money';
      qStart = start - (before.length - before.search(CURRENCY_BEFORE));
    } else {
      const read = unitAfter(rest, arabic, value, !!scale);
      if (read) {
        unit = read.unit;
        value = read.value;
        end += read.length;
        if (read.word) unitWord = read.word;
      }
    }
    if (unit === 'count' || unit === 'money') {
      const plus = U_PLUS.exec(text.slice(end, end + 3));
      if (plus) {
        end += plus[0].length;
        bound = 'at-least';
      }
    }
    if (m[2] !== undefined && unit === 'count' && !scale) continue; // a Chinese numeral with no unit is a word, not a number
    if (UP_TO_BEFORE.test(before)) bound = 'up-to';
    else if (!bound && AT_LEAST_BEFORE.test(before)) bound = 'at-least';
    found.push({ value, unit, text: text.slice(qStart, end), span: [qStart, end], ...(bound ? { bound } : {}), ...(unitWord ? { unitWord } : {}) });
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
  }
  if (/[a-z]/i.test(text)) {
    WORD_TIME.lastIndex = 0;
    for (let m = WORD_TIME.exec(text); m; m = WORD_TIME.exec(text)) {
      const end = m.index + m[0].length;
      if (overlaps(found, m.index, end)) continue;
      const n = EN_WORD[(m[1] ?? '').toLowerCase()];
      if (n === undefined) continue;
      found.push({ value: n, unit: 'time', text: m[0], span: [m.index, end], unitWord: m[2] });
    }
  }
  WORD_MULTIPLE.lastIndex = 0;
  for (let m = WORD_MULTIPLE.exec(text); m; m = WORD_MULTIPLE.exec(text)) {
    const end = m.index + m[0].length;
    if (overlaps(found, m.index, end)) continue;
    const word = (m[1] ?? '').toLowerCase().replace(/[ds]$/, '').split(' ')[0] ?? '';
    found.push({ value: m[2] ? 2 : (WORD_MULTIPLE_VALUE[word] ?? 2), unit: 'multiple', text: m[0], span: [m.index, end] });
  }
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const end = m.index + m[0].length;
    if (overlaps(found, m.index, end)) continue;
    let value = /third/i.test(m[0]) ? 33 : /quarter/i.test(m[0]) ? 25 : 50;
    if (m[1]) value = parseChinese(m[1]) * 10;
    else if (m[2] && m[3]) {
      const whole = /^\d+$/.test(m[2]) ? Number(m[2]) : parseChinese(m[2]);
      const part = /^[\d.]+$/.test(m[3]) ? Number(m[3]) : parseChinese(m[3].replace(/零点.*/, '')) || 0;
      value = whole > 0 ? (part / whole) * 100 : 0;
    }
    found.push({ value, unit: 'percent', text: m[0], span: [m.index, end] });
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
