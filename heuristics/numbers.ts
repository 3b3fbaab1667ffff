// Number words, written once: English words for small numbers, Chinese digits and
// scales, and the scale words that follow a figure ("4k", "3.2万", "$50 billion"). The
// quantity reader (quantities.ts) and the sample reader (evidence.ts) both count with them.

/** Chinese digits. */
export const CN_DIGIT: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Chinese scale characters. */
export const CN_SCALE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

/** English number words, as copy spells small counts and durations out. */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  'a hundred': 100,
};

const SCALE_WORDS: Readonly<Record<string, number>> = {
  k: 1000,
  thousand: 1000,
  千: 1000,
  万: 10_000,
  m: 1e6,
  million: 1e6,
  亿: 1e8,
  bn: 1e9,
  billion: 1e9,
};

/** What a scale word after a figure multiplies it by ("k", "million", "万", …); 1 for anything else. */
export function scaleOf(word: string): number {
  return SCALE_WORDS[word.trim().toLowerCase()] ?? 1;
}
