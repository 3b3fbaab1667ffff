// Texts in every language, and how a report carries them. Rules and tables declare their
// texts keyed by language (`{ en: …, zh: … }`); a report keeps the shape it has always had:
// the base language's texts at the top (`title`, `note`, `question`, `why`) and each other
// language's under its code (`zh: { … }`), so reports saved before a language was added still
// read, in the base language.
import { BASE_LANG, type Evidence, type FlagTexts, type Lang, OTHER_LANGS, type OtherLang, type Translated, type WhyText } from './types';

/** Texts keyed by language, split into the base language's and the others', for a report to carry. */
export function splitTexts<T>(texts: Record<Lang, T>): { base: T; others: Record<OtherLang, T> } {
  return { base: texts[BASE_LANG], others: Object.fromEntries(OTHER_LANGS.map((l) => [l, texts[l]])) as Record<OtherLang, T> };
}

/** The report form of texts keyed by language: the base language's at the top, the others under their codes. */
export function translated<T extends object>(texts: Record<Lang, T>): Translated<T> {
  const { base, others } = splitTexts(texts);
  return { ...base, ...others };
}

/** A flag's title, note and question in a language; the base language's when the report predates that language. */
export function flagTextsIn(flag: Translated<FlagTexts>, lang: Lang): FlagTexts {
  const other = lang === BASE_LANG ? undefined : flag[lang as OtherLang];
  return other ?? { title: flag.title, note: flag.note, question: flag.question };
}

/** Why a piece of evidence is weak, in a language; the base language's when the report predates that language. */
export function whyIn(e: Pick<Evidence, 'why' | OtherLang>, lang: Lang): string | undefined {
  const other: WhyText | undefined = lang === BASE_LANG ? undefined : e[lang as OtherLang];
  return other?.why ?? e.why;
}
