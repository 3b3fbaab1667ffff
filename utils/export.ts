// Exports a reader can paste or file: the vendor questions as plain text, a report as
// Markdown or JSON, the comparison as CSV or Markdown. Page text is data: in Markdown it
// is escaped so that no link, image, HTML or heading in a claim comes alive; in CSV a
// cell that a spreadsheet would run as a formula is defused.
import { GRADE_BANDS } from '../heuristics/score';
import type { PageReport } from '../heuristics/types';
import { formatDate, joinList, type MessageKey, punct, type Translate, type UiLang } from '../locales/index';
import { diffReports, factsOf, kindsAcross, type PageDiff } from './compare';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from './export-schema';
import {
  type ClaimView,
  flagTexts,
  headlineClaims,
  hostOf,
  isolate,
  quoted,
  safeHref,
  sortedClaims,
  titleOrHost,
  unquote,
  vendorQuestions,
  whyText,
} from './present';
import { type Dismissal, previousOf, type SavedReport, type Settings } from './storage';

// ─── Escaping ────────────────────────────────────────────────────────────────

/**
 * Page text made inert for Markdown, and still readable raw: one trimmed line, and a backslash only
 * before what Markdown would read as markup. Inline: the escape character itself, code, emphasis
 * and strikethrough marks, link and image brackets, HTML and autolink angle brackets, and an
 * entity reference. At the start of the text, unless it stands inside a line ('inline'): a
 * heading, quote, list or thematic break. A web
 * or e-mail address becomes a code span, so that it reads as written and no autolink forms.
 */
export function escapeMarkdown(text: string, where: 'line' | 'inline' = 'line'): string {
  // Spaces at the ends would indent it into a code block; a NUL is what Markdown itself replaces.
  // Page text with a direction of its own is isolated from the Markdown around it.
  const line = isolate(text)
    .replace(/[\r\n\u2028\u2029]+/gu, ' ')
    .replace(/\0/gu, '\ufffd')
    .trim();
  let out = '';
  let at = 0;
  const first = where === 'line';
  for (const m of line.matchAll(ADDRESS)) {
    out += escapeProse(line.slice(at, m.index), first && at === 0) + codeSpan(m[0]);
    at = (m.index ?? 0) + m[0].length;
  }
  return at === 0 ? escapeProse(line, first) : out + escapeProse(line.slice(at), false);
}

/** Web and e-mail addresses, as GitHub's Markdown would link them. */
const ADDRESS = /(?:\b[a-z][a-z0-9+.-]{1,20}:\/\/|\bwww\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

function escapeProse(text: string, atStart: boolean): string {
  const inline = text.replace(/[\\`*_[\]<~]/gu, (c) => `\\${c}`).replace(/&(?=#?[a-z0-9]+;)/giu, '\\&');
  if (!atStart) return inline;
  // A heading ("# "), a quote (">"), a list item ("- ", "+ ", "1. ") or a thematic break ("---").
  return inline.replace(/^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|-(?=(?:\s*-){2,}\s*$)|\d{1,9}(?=[.)](?:\s|$)))/u, (mark: string) =>
    /\d/.test(mark) ? `${mark}\\` : `\\${mark}`,
  );
}

/** A code span that holds `text` whatever backticks it contains. */
function codeSpan(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/gu) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text in a table cell: as escapeMarkdown, and the cell's own separator too. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text, 'inline').replace(/\|/gu, '\\|');
}

/** A Markdown link to a web address, or the escaped text when the address is not http(s); `inCell` for a table cell. */
export function markdownLink(label: string, url: string, inCell = false): string {
  const href = safeHref(url);
  const esc = inCell ? escapeCell : (s: string) => escapeMarkdown(s, 'inline');
  if (!href) return esc(url);
  return `[${esc(label)}](${href.replace(/[()\s<>]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

/** A CSV cell: quoted when needed, and never starting with a character a spreadsheet reads as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+\-@\t\r\n]/u.test(s) || /^[\s\u00a0]+[=+\-@]/u.test(s)) s = `'${s}`;
  s = isolate(s);
  return /[",\r\n]/u.test(s) || s !== s.trim() ? `"${s.replace(/"/gu, '""')}"` : s;
}

export function csvRow(cells: Array<string | number | null | undefined>): string {
  return cells.map(csvCell).join(',');
}

// ─── File names ──────────────────────────────────────────────────────────────

/** The time as a file name can hold it, in UTC: 2025-06-01-0930Z. */
function fileTime(at: number): string {
  const iso = new Date(Number.isFinite(at) ? at : 0).toISOString();
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

/** The words of a page's path, as a file name can hold them ("/pricing/teams" → "pricing-teams"). */
function pathPart(url: string): string {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  return path
    .replace(/\.[a-z0-9]{1,5}$/iu, '')
    .replace(/[^a-z0-9]+/giu, '-')
    .replace(/^-+|-+$/gu, '')
    .toLowerCase()
    .slice(0, 40)
    .replace(/-+$/u, '');
}

/** A safe file name that differs per page and per scan: sceptic-<host>[-<path>]-<date>-<time>.<ext>. */
export function fileName(url: string, at: number, ext: string): string {
  const host = hostOf(url)
    .replace(/[^a-z0-9.-]+/giu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  const path = pathPart(url);
  return `sceptic-${host || 'page'}${path ? `-${path}` : ''}-${fileTime(at)}.${ext}`;
}

// ─── A page report ───────────────────────────────────────────────────────────

export interface ReportInput {
  url: string;
  title: string;
  /** When the page was read. */
  at: number;
  report: PageReport;
  sensitivity: Settings['sensitivity'];
  dismissed: Dismissal[];
  /** Text the reader selected and checked ("Check with Sceptic"), not a whole page: verdicts, and no grade to explain. */
  selection?: boolean;
}

/**
 * The report as an export document (utils/export-schema.ts): the engine's report as it stands
 * (each flag's and evidence reason's Chinese under `zh`; signals by `id`), with the page, the
 * reader's dismissals, the setting it was read with, and the vendor questions in `lang`.
 */
export function exportDocument(input: ReportInput, lang: UiLang): ExportDocument {
  const views = sortedClaims(input.report, input.url, input.dismissed);
  const dismissed = views.flatMap((v) =>
    v.flags.filter((f) => f.dismissed).map((f) => ({ claimId: v.claim.id, claim: v.claim.text, rule: f.flag.rule, at: isoTime(f.dismissed?.at ?? 0) })),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    page: { url: input.url, title: input.title },
    scannedAt: isoTime(input.at),
    sensitivity: input.sensitivity,
    grade: input.report.grade,
    score: input.report.score,
    language: lang,
    questions: vendorQuestions(views, lang),
    dismissedFlags: dismissed,
    report: input.report,
  };
}

function isoTime(at: number): string {
  return new Date(Number.isFinite(at) ? at : 0).toISOString();
}

/** The report as JSON: an export document, as docs/export.md describes it. */
export function reportJson(input: ReportInput, lang: UiLang): string {
  return `${JSON.stringify(exportDocument(input, lang), null, 2)}\n`;
}

function quote(text: string): string {
  return `“${escapeMarkdown(unquote(text), 'inline')}”`;
}

function verdictLine(t: Translate, r: PageReport, selection = false): string {
  if (selection) return t('check.page.noGrade');
  if (r.grade) return t(`grade.${r.grade}` as MessageKey);
  return t(`grade.noGrade.${r.noGradeReason ?? 'too-few-claims'}` as MessageKey);
}

function claimMarkdown(t: Translate, lang: UiLang, v: ClaimView, n: number): string[] {
  const c = v.claim;
  const p = punct(lang);
  const out: string[] = [];
  out.push(`### ${n}. ${t(`verdict.${c.verdict}` as MessageKey)}`, '', `> ${escapeMarkdown(unquote(c.text))}`, '');
  const kinds = joinList(
    lang,
    c.kinds.map((k) => t(`kind.${k}` as MessageKey)),
  );
  out.push(
    `- **${t(`verdict.${c.verdict}` as MessageKey)}** · ${t('score.label')} ${t('score.value', { score: c.score })} · ${t('claim.where', { role: t(`role.${c.role}` as MessageKey) })} · ${kinds}`,
  );
  const also = [...new Set((c.also ?? []).map((a) => t(`role.${a.role}` as MessageKey)))];
  if (also.length) out.push(`- ${t('export.also', { places: joinList(lang, also) })}`);
  if (c.evidence.length) {
    const found = c.evidence.map((e) => {
      const why = whyText(e, lang);
      return `${t(`evidence.${e.kind}` as MessageKey)}${p.open}${t(`place.${e.where}` as MessageKey)}${p.comma}${t(`strength.${e.strength}` as MessageKey)}${why ? `${p.colon}${escapeMarkdown(why, 'inline')}` : ''}${p.close}${p.colon}${quote(e.text)}`;
    });
    out.push(`- ${t('claim.evidence')}${p.colon}${found.join(p.semicolon)}`);
  } else out.push(`- ${t('claim.evidence')}${p.colon}${t('claim.noEvidence')}`);
  if (c.missing.length)
    out.push(
      `- ${t('claim.missing')}${p.colon}${joinList(
        lang,
        c.missing.map((m) => t(`evidence.${m}` as MessageKey)),
      )}`,
    );
  for (const f of v.flags) {
    const words = flagTexts(f.flag, lang);
    const head = `**${escapeMarkdown(words.title, 'inline')}**${p.open}${f.flag.rubric}${p.comma}${t(`severity.${f.flag.severity}` as MessageKey)}${p.close}`;
    if (f.dismissed) {
      out.push(`- ~~${head}~~ — ${t('verdict.dismissed')} ${formatDate(lang, f.dismissed.at, false)}`);
      continue;
    }
    out.push(`- ${head}`);
    out.push(`  - ${escapeMarkdown(words.note)}`);
    out.push(`  - ${t('claim.ask')}${p.colon}${escapeMarkdown(words.question, 'inline')}`);
    out.push(`  - ${t('claim.source')}${p.colon}${markdownLink(f.flag.source.name, f.flag.source.url)}`);
  }
  out.push('');
  return out;
}

/** The report as Markdown: quotes, page address, date, grade, each flag with its source, and the score's breakdown. */
export function reportMarkdown(t: Translate, lang: UiLang, input: ReportInput, version: string): string {
  const r = input.report;
  const views = sortedClaims(r, input.url, input.dismissed);
  const title = input.title.trim() || t('common.untitled');
  const p = punct(lang);
  const out: string[] = [`# ${t('report.pageTitle', { title: escapeMarkdown(title, 'inline') })}`, ''];
  out.push(`- ${t('report.page')}${p.colon}${markdownLink(input.url, input.url)}`);
  out.push(`- ${t('report.scanned')}${p.colon}${formatDate(lang, input.at, true, true)}`);
  out.push(
    r.grade
      ? `- ${t('grade.label')}${p.colon}**${r.grade}** · ${t('score.label')} ${t('score.value', { score: r.score ?? 0 })} — ${verdictLine(t, r, input.selection)}`
      : `- ${t('grade.label')}${p.colon}${t('grade.none')} — ${verdictLine(t, r, input.selection)}`,
  );
  out.push(
    `- ${t('count.claims', { count: r.counts.claims })}${p.colon}${[t('count.unsupported', { count: r.counts.unsupported }), t('count.weak', { count: r.counts.weak }), t('count.supported', { count: r.counts.supported })].join(p.comma)}`,
  );
  out.push(
    `- ${t('report.sensitivity')}${p.colon}${t(`options.sensitivity.${input.sensitivity}` as MessageKey)} · ${t('report.engine')} ${escapeMarkdown(r.engine, 'inline')}`,
  );
  const dismissedCount = views.reduce((a, v) => a + v.flags.filter((f) => f.dismissed).length, 0);
  if (dismissedCount) out.push(`- ${t('report.dismissedCount', { count: dismissedCount })}`);
  out.push('');

  const questions = vendorQuestions(views, lang);
  if (questions.length) {
    out.push(`## ${t('export.questions')}`, '');
    questions.forEach((q, i) => {
      out.push(`${i + 1}. ${escapeMarkdown(q.question)}`);
      out.push(`   ${q.claims.map(quote).join(' ')}`);
    });
    out.push('');
  }

  out.push(`## ${t('report.claims')}`, '');
  views.forEach((v, i) => {
    out.push(...claimMarkdown(t, lang, v, i + 1));
  });

  out.push(`## ${t('report.signals')}`, '');
  if (r.signals.length) {
    for (const s of r.signals) {
      const label = signalLabel(t, s.id, s.label);
      const pts = t(s.polarity === 'positive' ? 'signal.points.positive' : 'signal.points.negative', { points: s.points });
      out.push(`- ${pts} ${escapeMarkdown(label, 'inline')}${s.text ? `${p.colon}${quote(s.text)}` : ''}`);
    }
  } else out.push(t('report.noSignals'));
  out.push('');

  out.push(`## ${t('report.scoring')}`, '');
  out.push(`| ${t('report.table.step')} | ${t('report.table.value')} |`, '|---|---|');
  for (const [label, value] of scoreSteps(t, r)) out.push(`| ${escapeCell(label)} | ${escapeCell(value)} |`);
  out.push('', t('report.bands', { bands: gradeBandsText() }), '');

  const rules = rulesUsed(r);
  out.push(`## ${t('report.rules')}`, '');
  if (rules.length)
    for (const f of rules) out.push(`- ${f.rubric} · ${escapeMarkdown(flagTexts(f, lang).title, 'inline')} — ${markdownLink(f.source.name, f.source.url)}`);
  else out.push(t('report.noRules'));
  out.push('', '---', '', t('report.generated', { version, date: formatDate(lang, input.at, true, true) }), '');
  return out.join('\n');
}

/** The page signal's label in the interface language when Sceptic knows the signal, else the engine's own. */
export function signalLabel(t: Translate, id: string, fallback: string): string {
  const key = `signal.${id}` as MessageKey;
  const text = t(key);
  return text === key ? fallback : text;
}

export function gradeBandsText(): string {
  return GRADE_BANDS.map(([g, min]) => `${g} ≥ ${min}`).join(', ');
}

/** The steps from claim scores to the grade, as label and value. */
export function scoreSteps(t: Translate, r: PageReport): Array<[string, string]> {
  const b = r.breakdown;
  const rows: Array<[string, string]> = [];
  rows.push([t('report.step.claims', { count: r.counts.claims }), b.claimMean === null ? '—' : String(b.claimMean)]);
  rows.push([t('report.step.bonus'), `+${b.bonus}`]);
  rows.push([t('report.step.penalty'), `−${b.penalty}`]);
  rows.push([t('report.step.final'), b.final === null ? '—' : String(b.final)]);
  rows.push([t('report.step.grade'), r.grade ?? t('grade.none')]);
  return rows;
}

/** Each rule that flagged something on the page, once. */
export function rulesUsed(r: PageReport) {
  const seen = new Map<string, PageReport['claims'][number]['flags'][number]>();
  for (const c of r.claims) for (const f of c.flags) if (!seen.has(f.rule)) seen.set(f.rule, f);
  return [...seen.values()].sort((a, b) => Number(a.rubric.slice(1)) - Number(b.rubric.slice(1)) || a.rule.localeCompare(b.rule));
}

// ─── Vendor questions as plain text ──────────────────────────────────────────

/** A clean plain-text list to paste into an email or a call's notes. */
export function questionsText(
  t: Translate,
  lang: UiLang,
  input: Pick<ReportInput, 'url' | 'title' | 'report' | 'dismissed' | 'at'>,
): { text: string; count: number } {
  const views = sortedClaims(input.report, input.url, input.dismissed);
  const qs = vendorQuestions(views, lang);
  const head = `${isolate(titleOrHost(input.title, input.url))} — ${input.url}`;
  const p = punct(lang);
  const lines = [head, `${t('claim.ask')}${p.open}Sceptic${p.comma}${formatDate(lang, input.at, false)}${p.close}`, ''];
  qs.forEach((q, i) => {
    lines.push(`${i + 1}. ${q.question}`);
    for (const c of q.claims.slice(0, 3)) lines.push(`   ${quoted(c)}`);
    lines.push('');
  });
  return { text: `${lines.join('\n').trimEnd()}\n`, count: qs.length };
}

// ─── The comparison ──────────────────────────────────────────────────────────

export interface ComparedPage {
  saved: SavedReport;
  diff: PageDiff | null;
}

/** Each compared page with what changed since the previous save of the same page, when there is one. */
export function comparedPages(ids: string[], library: SavedReport[]): ComparedPage[] {
  return ids
    .map((id) => library.find((r) => r.id === id))
    .filter((r): r is SavedReport => !!r)
    .map((saved) => {
      const prev = previousOf(library, saved);
      return { saved, diff: prev ? diffReports(prev, saved) : null };
    });
}

function yesNo(t: Translate, v: string | null): string {
  return v ? t('compare.yes') : t('compare.no');
}

/** Headline claims per vendor in the comparison's exports. */
export const COMPARED_HEADLINES = 3;

/** A compared page's headline claims and the questions to put to its vendor, in the interface language. */
function vendorBrief(p: ComparedPage, lang: UiLang): { headlines: ClaimView[]; questions: string[] } {
  const views = sortedClaims(p.saved.report, p.saved.url, []);
  return { headlines: headlineClaims(views, COMPARED_HEADLINES), questions: vendorQuestions(views, lang).map((q) => q.question) };
}

/** One row per page: for spreadsheets. */
export function comparisonCsv(t: Translate, pages: ComparedPage[], lang: UiLang = 'en'): string {
  const facts = pages.map((p) => factsOf(p.saved.report));
  const kinds = kindsAcross(facts);
  const header = [
    t('compare.row.page'),
    t('common.url'),
    t('compare.row.saved'),
    t('compare.row.grade'),
    t('compare.row.score'),
    t('compare.row.claims'),
    t('compare.row.unsupported'),
    t('compare.row.weak'),
    t('compare.row.supported'),
    ...kinds.map((k) => t(`kind.${k}` as MessageKey)),
    t('compare.row.evidence'),
    t('compare.row.backed'),
    t('compare.row.pricing'),
    t('compare.row.limitations'),
    t('compare.row.privacy'),
    t('compare.row.model'),
    t('compare.row.redFlags'),
    t('compare.changeAdded'),
    t('compare.changeRemoved'),
    t('compare.changeNumbers'),
    ...Array.from({ length: COMPARED_HEADLINES }, (_, i) => t('compare.row.headline', { n: i + 1 })),
    t('export.questions'),
  ];
  const rows = pages.map((p, i) => {
    const f = facts[i] ?? factsOf(p.saved.report);
    const brief = vendorBrief(p, lang);
    return csvRow([
      p.saved.title,
      p.saved.url,
      new Date(p.saved.at).toISOString(),
      f.grade ?? '',
      f.score,
      f.claims,
      f.unsupported,
      f.weak,
      f.supported,
      ...kinds.map((k) => f.kinds[k] ?? 0),
      f.evidence,
      f.backedClaims,
      yesNo(t, f.pricing),
      yesNo(t, f.limitations),
      yesNo(t, f.privacy),
      yesNo(t, f.model),
      f.redFlags.map((id) => signalLabel(t, id, id)).join('; '),
      p.diff ? p.diff.added.length : '',
      p.diff ? p.diff.removed.length : '',
      p.diff ? p.diff.numbers.length : '',
      ...headlineCells(t, brief.headlines),
      brief.questions.join('\n'),
    ]);
  });
  return `${[csvRow(header), ...rows].join('\r\n')}\r\n`;
}

/** A cell per headline claim: "the claim (verdict)", empty when the page has fewer. */
function headlineCells(t: Translate, headlines: ClaimView[]): string[] {
  return Array.from({ length: COMPARED_HEADLINES }, (_, i) => {
    const v = headlines[i];
    return v ? `${unquote(v.claim.text)} (${t(`verdict.${v.claim.verdict}` as MessageKey)})` : '';
  });
}

/** The comparison as a Markdown table (a column per page), then each vendor's headline claims and questions, then what changed on each. */
export function comparisonMarkdown(t: Translate, lang: UiLang, pages: ComparedPage[]): string {
  const facts = pages.map((p) => factsOf(p.saved.report));
  const kinds = kindsAcross(facts);
  const cell = (s: string) => escapeCell(s);
  const row = (label: string, values: string[]) => `| ${cell(label)} | ${values.join(' | ')} |`;
  const out: string[] = [`# Sceptic — ${t('compare.title')}`, ''];
  out.push(`| | ${pages.map((p) => markdownLink(titleOrHost(p.saved.title, p.saved.url), p.saved.url, true)).join(' | ')} |`);
  out.push(`|---|${pages.map(() => '---').join('|')}|`);
  out.push(
    row(
      t('compare.row.grade'),
      facts.map((f) => (f.grade ? `**${f.grade}**` : cell(t('grade.none')))),
    ),
  );
  out.push(
    row(
      t('compare.row.score'),
      facts.map((f) => (f.score === null ? t('compare.none') : String(f.score))),
    ),
  );
  out.push(
    row(
      t('compare.row.claims'),
      facts.map((f) => String(f.claims)),
    ),
  );
  out.push(
    row(
      t('compare.row.unsupported'),
      facts.map((f) => String(f.unsupported)),
    ),
  );
  out.push(
    row(
      t('compare.row.weak'),
      facts.map((f) => String(f.weak)),
    ),
  );
  out.push(
    row(
      t('compare.row.supported'),
      facts.map((f) => String(f.supported)),
    ),
  );
  for (const k of kinds)
    out.push(
      row(
        t(`kind.${k}` as MessageKey),
        facts.map((f) => String(f.kinds[k] ?? 0)),
      ),
    );
  out.push(
    row(
      t('compare.row.evidence'),
      facts.map((f) => cell(t('compare.row.evidenceValue', { count: f.evidence, strong: f.strongEvidence }))),
    ),
  );
  out.push(
    row(
      t('compare.row.backed'),
      facts.map((f) => String(f.backedClaims)),
    ),
  );
  const pn = punct(lang);
  const sig = (v: string | null) => (v ? `${t('compare.yes')}${pn.colon}${quote(v)}` : t('compare.no'));
  out.push(
    row(
      t('compare.row.pricing'),
      facts.map((f) => sig(f.pricing)),
    ),
  );
  out.push(
    row(
      t('compare.row.limitations'),
      facts.map((f) => sig(f.limitations)),
    ),
  );
  out.push(
    row(
      t('compare.row.privacy'),
      facts.map((f) => sig(f.privacy)),
    ),
  );
  out.push(
    row(
      t('compare.row.model'),
      facts.map((f) => sig(f.model)),
    ),
  );
  out.push(
    row(
      t('compare.row.redFlags'),
      facts.map((f) => (f.redFlags.length ? cell(f.redFlags.map((id) => signalLabel(t, id, id)).join(pn.semicolon)) : t('compare.none'))),
    ),
  );
  out.push(
    row(
      t('compare.row.saved'),
      pages.map((p) => cell(formatDate(lang, p.saved.at))),
    ),
  );
  out.push(
    row(
      t('compare.row.changes'),
      pages.map((p) => cell(diffSummary(t, lang, p.diff))),
    ),
  );
  out.push('');
  for (const p of pages) {
    const brief = vendorBrief(p, lang);
    out.push(`## ${escapeMarkdown(titleOrHost(p.saved.title, p.saved.url), 'inline')}`, '');
    if (brief.headlines.length) {
      out.push(`### ${t('compare.headlines')}`, '');
      brief.headlines.forEach((v, i) => {
        out.push(`${i + 1}. ${quote(v.claim.text)} — **${t(`verdict.${v.claim.verdict}` as MessageKey)}**`);
      });
      out.push('');
    }
    if (brief.questions.length) {
      out.push(`### ${t('export.questions')}`, '');
      for (const q of brief.questions) out.push(`- ${escapeMarkdown(q, 'inline')}`);
      out.push('');
    }
  }
  for (const p of pages) {
    const d = p.diff;
    if (!d || (!d.added.length && !d.removed.length && !d.numbers.length)) continue;
    out.push(`## ${t('compare.changesHeading')}${pn.colon}${escapeMarkdown(titleOrHost(p.saved.title, p.saved.url), 'inline')}`, '');
    out.push(t('compare.changesSince', { date: formatDate(lang, d.since) }), '');
    if (d.engine) out.push(escapeMarkdown(t('compare.engineChanged', { from: d.engine.before, to: d.engine.after })), '');
    for (const a of d.added) out.push(`- ${t('compare.changeAdded')}${pn.colon}${quote(a)}`);
    for (const r of d.removed) out.push(`- ${t('compare.changeRemoved')}${pn.colon}${quote(r)}`);
    for (const n of d.numbers) out.push(`- ${t('compare.changeNumbers')}${pn.colon}${quote(n.before)} → ${quote(n.after)}`);
    out.push('');
  }
  return out.join('\n');
}

/** One line on what changed since the previous save of a page. */
export function diffSummary(t: Translate, lang: UiLang, d: PageDiff | null): string {
  if (!d) return t('compare.firstSave');
  const parts: string[] = [];
  if (d.grade) parts.push(t('compare.gradeChange', { from: d.grade.before ?? '–', to: d.grade.after ?? '–' }));
  else if (d.score) parts.push(t('compare.scoreChange', { from: d.score.before ?? '–', to: d.score.after ?? '–' }));
  if (d.added.length) parts.push(t('compare.added', { count: d.added.length }));
  if (d.removed.length) parts.push(t('compare.removed', { count: d.removed.length }));
  if (d.numbers.length) parts.push(t('compare.numbers', { count: d.numbers.length }));
  if (!parts.length) return t('compare.noChange', { date: formatDate(lang, d.since, false) });
  const p = punct(lang);
  const line = `${t('compare.changesSince', { date: formatDate(lang, d.since, false) })}${p.colon}${parts.join(p.comma)}`;
  return d.engine ? `${line}${p.stop}${t('compare.engineChanged', { from: d.engine.before, to: d.engine.after })}` : line;
}
