// How `sceptic scan` prints its reports: a terminal table, JSON for programs, or
// Markdown a reporter can paste. Page text is always data: trimmed to one line in
// the table, escaped in Markdown, a plain string in JSON.
import { flagTextsIn } from '../heuristics/texts';
import type { Claim, EvidenceKind, Lang, PageReport, Sensitivity } from '../heuristics/types';
import { type MessageKey, translator } from '../locales/index';
import { exportDocument } from '../utils/export';
import { displayWidth, mdEscape, oneLine, padEnd, padStart, truncate } from './text';

export const FORMATS = ['table', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** One input of `sceptic scan`: its report, or why there is none. */
export type PageResult =
  | { input: string; url: string; title: string; at: number; sensitivity: Sensitivity; report: PageReport; error?: undefined }
  | { input: string; error: string; report?: undefined };

export interface FormatOptions {
  /** Claims listed per page; 0 lists them all. */
  top: number;
  /** Terminal width for the table. */
  columns: number;
  /** ANSI colours in the table. */
  color: boolean;
  /** "sceptic 0.1.0, engine 0.1.0" for the Markdown footer. */
  version: string;
  /** The language of the flags' texts (Markdown, JSON): a language, or each page's own; unset, Markdown in English and JSON in the page's language. */
  notes?: Lang | 'same';
}

/** The language a page's flags are written in, for the options given and the format's default. */
function notesLang(o: Pick<FormatOptions, 'notes'>, report: PageReport, fallback: Lang | 'same'): Lang {
  const want = o.notes ?? fallback;
  return want === 'same' ? report.lang : want;
}

const LANG_NAME = { en: 'English', zh: 'Chinese' } as const;
const ZH = translator('zh');

/** The claims that most need questioning first: lowest score, then most prominent, then page order. */
export function claimsToQuestion(report: PageReport): Claim[] {
  return report.claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.score - b.c.score || b.c.weight - a.c.weight || a.i - b.i)
    .map(({ c }) => c);
}

function noGradeText(report: PageReport): string {
  if (report.noGradeReason === 'not-product-page') return 'no grade: not a product page';
  if (report.noGradeReason === 'too-few-claims') return 'no grade: too few claims';
  return 'no grade';
}

function countsText(report: PageReport): string {
  const c = report.counts;
  return `${c.claims} claim${c.claims === 1 ? '' : 's'}: ${c.supported} supported, ${c.weak} weak, ${c.unsupported} unsupported`;
}

function signalsText(report: PageReport): string {
  return report.signals.map((s) => `${s.polarity === 'positive' ? '+' : '−'}${s.points} ${s.label}`).join(', ');
}

// ── table ────────────────────────────────────────────────────────────────────

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', green: '\x1b[32m' } as const;

function paint(on: boolean, style: keyof typeof ANSI, s: string): string {
  return on ? `${ANSI[style]}${s}${ANSI.reset}` : s;
}

const VERDICT_STYLE = { supported: 'green', weak: 'yellow', unsupported: 'red' } as const;
const GRADE_STYLE = { A: 'green', B: 'green', C: 'yellow', D: 'red', F: 'red' } as const;

interface Column {
  head: string;
  align: 'left' | 'right';
  cells: string[];
  /** A column that may be cut to fit the terminal. */
  flexible?: boolean;
}

/** Lay columns out to fit `columns`; the flexible one takes what is left. */
function layout(cols: Column[], columns: number, indent: string): string[][] {
  const widths = cols.map((c) => Math.max(displayWidth(c.head), ...c.cells.map(displayWidth)));
  const gap = 2;
  const fixed = cols.reduce((a, c, i) => a + (c.flexible ? 0 : (widths[i] ?? 0)), 0) + gap * (cols.length - 1) + indent.length;
  cols.forEach((c, i) => {
    if (c.flexible) widths[i] = Math.max(12, Math.min(widths[i] ?? 0, columns - fixed));
  });
  const row = (cells: string[]) =>
    cells.map((cell, i) => {
      const w = widths[i] ?? 0;
      const col = cols[i];
      const text = col?.flexible ? truncate(cell, w) : cell;
      return col?.align === 'right' ? padStart(text, w) : i === cells.length - 1 ? text : padEnd(text, w);
    });
  const n = cols[0]?.cells.length ?? 0;
  const out = [row(cols.map((c) => c.head))];
  for (let r = 0; r < n; r++) out.push(row(cols.map((c) => c.cells[r] ?? '')));
  return out;
}

function summaryTable(results: PageResult[], o: FormatOptions): string[] {
  const cols: Column[] = [
    { head: 'PAGE', align: 'left', cells: [], flexible: true },
    { head: 'GRADE', align: 'left', cells: [] },
    { head: 'SCORE', align: 'right', cells: [] },
    { head: 'CLAIMS', align: 'right', cells: [] },
    { head: 'SUPPORTED', align: 'right', cells: [] },
    { head: 'WEAK', align: 'right', cells: [] },
    { head: 'UNSUPPORTED', align: 'right', cells: [] },
  ];
  const notes: string[] = [];
  for (const r of results) {
    const cells = r.report
      ? [
          r.input,
          r.report.grade ?? '–',
          r.report.score === null ? '–' : String(r.report.score),
          String(r.report.counts.claims),
          String(r.report.counts.supported),
          String(r.report.counts.weak),
          String(r.report.counts.unsupported),
        ]
      : [r.input, 'error', '', '', '', '', ''];
    cells.forEach((c, i) => {
      cols[i]?.cells.push(c);
    });
    notes.push(r.report ? '' : r.error);
  }
  const rows = layout(cols, o.columns, '');
  return rows.map((cells, i) => {
    const result = i === 0 ? undefined : results[i - 1];
    if (i === 0) return paint(o.color, 'bold', cells.join('  ').trimEnd());
    const grade = result?.report?.grade;
    if (grade && cells[1]) cells[1] = paint(o.color, GRADE_STYLE[grade], cells[1]);
    if (result?.error && cells[1]) cells[1] = paint(o.color, 'red', cells[1]);
    return cells.join('  ').trimEnd();
  });
}

function pageTable(r: Extract<PageResult, { report: PageReport }>, o: FormatOptions): string[] {
  const rep = r.report;
  const title = oneLine(r.title);
  const head = `${paint(o.color, 'bold', r.input)}${title ? `  ${truncate(title, Math.max(20, o.columns - displayWidth(r.input) - 2))}` : ''}`;
  const grade = rep.grade ? paint(o.color, GRADE_STYLE[rep.grade], `grade ${rep.grade}`) : noGradeText(rep);
  const lines = [head, `  ${grade} · score ${rep.score === null ? '–' : `${rep.score}/100`} · ${LANG_NAME[rep.lang]}`, `  ${countsText(rep)}`];
  if (rep.signals.length) lines.push(`  ${truncate(`signals: ${signalsText(rep)}`, o.columns - 2)}`);
  const claims = claimsToQuestion(rep);
  const shown = o.top > 0 ? claims.slice(0, o.top) : claims;
  if (shown.length) {
    const cols: Column[] = [
      { head: 'VERDICT', align: 'left', cells: shown.map((c) => c.verdict) },
      { head: 'SCORE', align: 'right', cells: shown.map((c) => String(c.score)) },
      { head: 'FLAGS', align: 'right', cells: shown.map((c) => String(c.flags.length)) },
      { head: 'CLAIM', align: 'left', cells: shown.map((c) => oneLine(c.text)), flexible: true },
    ];
    const rows = layout(cols, o.columns, '  ');
    lines.push(
      ...rows.map((cells, i) => {
        if (i === 0) return `  ${paint(o.color, 'dim', cells.join('  '))}`;
        const c = shown[i - 1];
        if (c && cells[0]) cells[0] = paint(o.color, VERDICT_STYLE[c.verdict], cells[0]);
        return `  ${cells.join('  ').trimEnd()}`;
      }),
    );
    if (shown.length < claims.length) lines.push(paint(o.color, 'dim', `  … ${claims.length - shown.length} more (--top 0 lists them all)`));
  }
  return lines;
}

export function formatTable(results: PageResult[], o: FormatOptions): string {
  const blocks = [summaryTable(results, o).join('\n')];
  for (const r of results) {
    if (r.report) blocks.push(pageTable(r, o).join('\n'));
    else blocks.push(`${paint(o.color, 'bold', r.input)}\n  ${paint(o.color, 'red', 'could not be scanned:')} ${r.error}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

// ── json ─────────────────────────────────────────────────────────────────────

/**
 * An array with an entry per input: the export document the extension's "JSON" export writes
 * (docs/export.md), with the input as given; or the input and why it could not be scanned.
 * The texts are in the page's own language unless `--notes` names one.
 */
export function formatJson(results: PageResult[], o: Pick<FormatOptions, 'notes'> = {}): string {
  const entries = results.map((r) =>
    r.report
      ? {
          input: r.input,
          ...exportDocument(
            { url: r.url, title: r.title, at: r.at, report: r.report, sensitivity: r.sensitivity, dismissed: [] },
            notesLang(o, r.report, 'same'),
          ),
        }
      : { input: r.input, error: r.error },
  );
  return `${JSON.stringify(entries, null, 2)}\n`;
}

// ── markdown ─────────────────────────────────────────────────────────────────

/** What a missing kind of evidence is called in a question to the vendor. */
const EVIDENCE_NOUN: Record<EvidenceKind, string> = {
  baseline: 'the baseline',
  sample: 'the sample',
  method: 'the method',
  date: 'the date',
  source: 'the source',
  link: 'the study',
  footnote: 'the fine print',
  scope: 'the scope',
  limitation: 'the limits',
  'named-customer': 'a named customer',
  independent: 'an independent check',
};

function listOf(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function claimRow(c: Claim, n: number, lang: Lang): string {
  const texts = c.flags.map((f) => flagTextsIn(f, lang));
  // In Chinese the kinds of evidence go by the interface's own names for them.
  const zhNames = () => c.missing.map((m) => ZH(`evidence.${m}` as MessageKey)).join('、');
  const why = texts.length
    ? texts.map((f) => f.title).join(lang === 'zh' ? '；' : '; ')
    : c.missing.length
      ? lang === 'zh'
        ? `没有给出：${zhNames()}`
        : `No ${c.missing.join(', ')} given`
      : '';
  const questions = [...new Set(texts.map((f) => f.question))];
  if (questions.length === 0 && c.missing.length)
    questions.push(lang === 'zh' ? `能否给出支撑这一说法的${zhNames()}？` : `Can you show ${listOf(c.missing.map((m) => EVIDENCE_NOUN[m]))} behind this?`);
  const ask = questions.join(' ');
  return `| ${n} | ${c.verdict} | ${c.score} | ${mdEscape(c.text)} | ${mdEscape(why) || '–'} | ${mdEscape(ask) || '–'} |`;
}

function pageMarkdown(r: PageResult, o: FormatOptions): string[] {
  if (!r.report) return [`## ${mdEscape(r.input)}`, '', `Could not be scanned: ${mdEscape(r.error)}`];
  const rep = r.report;
  const out = [
    `## ${mdEscape(oneLine(r.title) || r.input)}`,
    '',
    `Source: ${/^https?:/.test(r.url) && r.input !== '(standard input)' ? `<${r.url}>` : mdEscape(r.input)}`,
    '',
  ];
  const grade = rep.grade ? `**Grade ${rep.grade}**` : `**${noGradeText(rep).replace(/^no grade/, 'No grade')}**`;
  out.push(`${grade} · score ${rep.score === null ? '–' : `${rep.score}/100`} · ${countsText(rep)} · ${LANG_NAME[rep.lang]}`);
  if (rep.signals.length) {
    out.push('', 'Page signals:', '');
    for (const s of rep.signals)
      out.push(`- ${s.polarity === 'positive' ? '+' : '−'}${s.points} ${mdEscape(s.label)}${s.text ? `: “${mdEscape(s.text)}”` : ''}`);
  }
  const claims = claimsToQuestion(rep);
  const shown = o.top > 0 ? claims.slice(0, o.top) : claims;
  if (shown.length) {
    out.push('', `Claims, the least supported first${shown.length < claims.length ? ` (${shown.length} of ${claims.length})` : ''}:`, '');
    out.push('| # | Verdict | Score | Claim | Why | Ask the vendor |', '|---:|---|---:|---|---|---|');
    shown.forEach((c, i) => {
      out.push(claimRow(c, i + 1, notesLang(o, rep, 'en')));
    });
  } else {
    out.push('', 'No claims found.');
  }
  return out;
}

export function formatMarkdown(results: PageResult[], o: FormatOptions): string {
  const out = ['# Sceptic report', ''];
  for (const r of results) out.push(...pageMarkdown(r, o), '');
  out.push(
    `_Scored by ${mdEscape(o.version)}. Verdicts are the engine's reading of the page's own words and the evidence it cites; each is a question to put to the vendor, not a finding of fact._`,
    '',
  );
  return out.join('\n');
}

export function formatResults(format: Format, results: PageResult[], o: FormatOptions): string {
  if (format === 'json') return formatJson(results, o);
  if (format === 'markdown') return formatMarkdown(results, o);
  return formatTable(results, o);
}
