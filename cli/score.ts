// `sceptic score`: JSON Lines in, JSON Lines out, one answer per input line, in order.
// Input is split by hand (no readline) so that a runaway line is cut off at a fixed
// size instead of growing without bound; output waits for 'drain' when the consumer
// is slower than the engine. Memory stays flat however many lines go through.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { type ScoreClaimOptions, scoreClaim } from '../heuristics/index';
import { flagTextsIn } from '../heuristics/texts';
import type { ClaimKind, ClaimReport, EvidenceKind, EvidencePlace, Lang, Link, Note, Sensitivity, Severity, Verdict } from '../heuristics/types';
import { LANGS } from '../heuristics/types';

/** A line longer than this (in UTF-16 code units) is answered with an error and skipped. */
export const MAX_LINE = 1_000_000;

/** One answer of `sceptic score` for a line it could judge. */
export interface ScoreRecord {
  id: unknown;
  text: string;
  lang: Lang;
  isClaim: boolean;
  kinds: ClaimKind[];
  score: number | null;
  verdict: Verdict | 'not-a-claim';
  flags: Array<{ rule: string; severity: Severity; span: [number, number]; note: string; question: string }>;
  /** `span` is null for evidence found outside the text: in `notes` or `links`. */
  evidence: Array<{ kind: EvidenceKind; span: [number, number] | null; where: EvidencePlace }>;
}

/** The answer for a line that could not be judged. `line` is its 1-based number. */
export interface ErrorRecord {
  id: null;
  error: string;
  line: number;
}

export interface ScoreInput {
  id: unknown;
  text: string;
  lang?: Lang;
  notes?: Note[];
  links?: Link[];
}

class LineError extends Error {}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const MARKER = /^\s*([*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]|\d{1,2}[.)])\s*/u;

/** Footnotes as `["¹ text", …]` or `[{"marker", "text"}, …]`. */
export function parseNotes(v: unknown): Note[] {
  if (!Array.isArray(v)) throw new LineError('"notes" must be an array of strings or of {"marker", "text"} objects');
  return v.map((n, i) => {
    if (typeof n === 'string') return { marker: n.match(MARKER)?.[1] ?? '', text: n };
    if (isRecord(n) && typeof n.text === 'string' && (n.marker === undefined || typeof n.marker === 'string')) {
      return { marker: typeof n.marker === 'string' ? n.marker : '', text: n.text };
    }
    throw new LineError(`"notes"[${i}] must be a string or a {"marker", "text"} object`);
  });
}

/** Links as `[{"href", "text"}, …]`. */
export function parseLinks(v: unknown): Link[] {
  if (!Array.isArray(v)) throw new LineError('"links" must be an array of {"href", "text"} objects');
  return v.map((l, i) => {
    if (isRecord(l) && typeof l.href === 'string' && (l.text === undefined || typeof l.text === 'string')) {
      return { href: l.href, text: typeof l.text === 'string' ? l.text : '' };
    }
    throw new LineError(`"links"[${i}] must be a {"href", "text"} object with string values`);
  });
}

/**
 * One input line: a JSON object when it starts with `{`, otherwise the line itself is
 * the text (its id is then its line number). A JSON array is refused.
 */
export function parseLine(line: string, lineNo: number): ScoreInput {
  const trimmed = line.trim();
  if (trimmed === '') throw new LineError('empty line');
  if (trimmed.startsWith('[')) {
    // A JSON array is a mistake; "[1] Our study shows…" is text.
    let array = false;
    try {
      array = Array.isArray(JSON.parse(trimmed));
    } catch {}
    if (array) throw new LineError('not a JSON object (a JSON array)');
  }
  if (!trimmed.startsWith('{')) return { id: lineNo, text: trimmed };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    throw new LineError(`not valid JSON: ${(err as Error).message}`);
  }
  if (!isRecord(value)) throw new LineError('not a JSON object');
  if (typeof value.text !== 'string') throw new LineError('"text" must be a string');
  if (value.text.trim() === '') throw new LineError('"text" is empty');
  const input: ScoreInput = { id: 'id' in value ? value.id : null, text: value.text };
  if (value.lang !== undefined) {
    if (!LANGS.includes(value.lang as Lang)) throw new LineError(`"lang" must be one of ${LANGS.map((l) => `"${l}"`).join(', ')}`);
    input.lang = value.lang as Lang;
  }
  if (value.notes !== undefined) input.notes = parseNotes(value.notes);
  if (value.links !== undefined) input.links = parseLinks(value.links);
  return input;
}

/** The language of the notes and questions: English, Chinese, or the sentence's own. */
export const NOTE_LANGS = [...LANGS, 'same'] as const;
export type NoteLang = (typeof NOTE_LANGS)[number];

/** The public shape of a judgement: what the score command promises, nothing more. */
export function toRecord(id: unknown, r: ClaimReport, notes: NoteLang = 'en'): ScoreRecord {
  const lang = notes === 'same' ? r.lang : notes;
  return {
    id,
    text: r.text,
    lang: r.lang,
    isClaim: r.isClaim,
    kinds: r.kinds,
    score: r.score,
    verdict: r.verdict,
    flags: r.flags.map((f) => {
      const texts = flagTextsIn(f, lang);
      return { rule: f.rule, severity: f.severity, span: f.span, note: texts.note, question: texts.question };
    }),
    evidence: r.evidence.map((e) => ({ kind: e.kind, span: e.where === 'sentence' && e.span ? e.span : null, where: e.where })),
  };
}

export interface ScoreOptions {
  sensitivity?: Sensitivity;
  notes?: NoteLang;
}

/** Judge one input line; never throws. */
export function answerLine(line: string, lineNo: number, options: ScoreOptions = {}): ScoreRecord | ErrorRecord {
  let input: ScoreInput;
  try {
    input = parseLine(line, lineNo);
  } catch (err) {
    if (err instanceof LineError) return { id: null, error: err.message, line: lineNo };
    throw err;
  }
  const opts: ScoreClaimOptions = { sensitivity: options.sensitivity };
  if (input.lang) opts.lang = input.lang;
  if (input.notes) opts.notes = input.notes;
  if (input.links) opts.links = input.links;
  try {
    return toRecord(input.id, scoreClaim(input.text, opts), options.notes);
  } catch (err) {
    // The engine should never throw; if it does, the line gets an answer and the stream goes on.
    return { id: null, error: `could not score this line: ${(err as Error).message}`, line: lineNo };
  }
}

/** A line as the splitter hands it over; `tooLong` lines had their content dropped. */
export interface RawLine {
  text: string;
  tooLong: boolean;
}

/**
 * Split a byte or string stream into lines (`\n` or `\r\n`), decoding UTF-8 across
 * chunk boundaries. A final line without a newline counts; a leading BOM is dropped.
 */
export async function* splitLines(input: AsyncIterable<Buffer | Uint8Array | string>, maxLine = MAX_LINE): AsyncGenerator<RawLine[]> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let dropping = false;
  let first = true;
  const take = (chunk: string): RawLine[] => {
    const out: RawLine[] = [];
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, nl);
      from = nl + 1;
      if (dropping) {
        out.push({ text: '', tooLong: true });
        dropping = false;
        continue;
      }
      const line = pending + piece;
      pending = '';
      if (line.length > maxLine) out.push({ text: '', tooLong: true });
      else out.push({ text: line.endsWith('\r') ? line.slice(0, -1) : line, tooLong: false });
    }
    if (!dropping) {
      pending += chunk.slice(from);
      if (pending.length > maxLine) {
        pending = '';
        dropping = true;
      }
    }
    return out;
  };
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const lines = take(text);
    if (lines.length) yield lines;
  }
  const rest = take(decoder.decode());
  if (dropping) rest.push({ text: '', tooLong: true });
  else if (pending !== '') rest.push({ text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, tooLong: false });
  if (rest.length) yield rest;
}

/** Write, and wait when the stream asks us to. */
export async function writeWithBackpressure(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Output is gathered up to this many characters before a write. */
const FLUSH_AT = 64 * 1024;

/** Score every line of `input` onto `output`. Returns the number of lines answered. */
export async function scoreStream(input: AsyncIterable<Buffer | Uint8Array | string>, output: Writable, options: ScoreOptions = {}): Promise<number> {
  let lineNo = 0;
  let buffer = '';
  for await (const lines of splitLines(input)) {
    for (const raw of lines) {
      lineNo++;
      const answer: ScoreRecord | ErrorRecord = raw.tooLong
        ? { id: null, error: `line longer than ${MAX_LINE} characters`, line: lineNo }
        : answerLine(raw.text, lineNo, options);
      buffer += `${JSON.stringify(answer)}\n`;
      if (buffer.length >= FLUSH_AT) {
        const out = buffer;
        buffer = '';
        await writeWithBackpressure(output, out);
      }
    }
    // Answer what has been read before waiting for more, so an interactive user sees each line.
    if (buffer) {
      const out = buffer;
      buffer = '';
      await writeWithBackpressure(output, out);
    }
  }
  if (buffer) await writeWithBackpressure(output, buffer);
  return lineNo;
}
