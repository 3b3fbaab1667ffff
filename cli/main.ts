// The `sceptic` command line: `score` judges sentences from standard input, `scan`
// reports on HTML pages with the extension's own scraper and engine.
// Reports go to standard output, everything else to standard error.
import { fstatSync, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { ENGINE_VERSION } from '../heuristics/index';
import { EVIDENCE_PLACES, SENSITIVITIES, type Sensitivity } from '../heuristics/types';
import { FORMATS, type Format, formatResults, type PageResult } from './format';
import { DEFAULT_LOAD, type Loaded, loadFile, loadStdin, loadUrl, PageError, sourceOf } from './load';
import { NOTE_LANGS, type NoteLang, scoreStream } from './score';

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export const HELP = `sceptic: a sceptical second opinion on AI product claims, from the command line.

Usage:
  sceptic score [--sensitivity lenient|normal|strict] [--notes en|zh|same] < sentences.jsonl
  sceptic scan <file.html | url | -> ... [--format table|json|markdown] [options]
  sceptic --help | sceptic <command> --help
  sceptic --version

Commands:
  score   Judge sentences, one per input line, as JSON Lines.
  scan    Read HTML pages, find their claims and grade each page.

Run "sceptic score --help" or "sceptic scan --help" for the details of each.
Reports go to standard output; errors and warnings go to standard error.
Everything runs locally; nothing is sent anywhere except the requests "scan" makes
for the URLs you give it.
`;

/** Where evidence can be found for a sentence scored alone (never among neighbours: score has none). */
const WHERE = EVIDENCE_PLACES.filter((p) => p !== 'context')
  .map((p) => `"${p}"`)
  .join(' | ');

export const SCORE_HELP = `Usage: sceptic score [--sensitivity lenient|normal|strict] [--notes en|zh|same]

Reads standard input, one item per line, and writes one JSON object per input line,
in the same order (JSON Lines). Lines stream through: input of any length runs in
constant memory.

Input line, either a JSON object:
  {"id": any, "text": string, "lang"?: "en" | "zh",
   "notes"?: [string | {"marker": string, "text": string}],
   "links"?: [{"href": string, "text": string}]}
or plain text (any other line), taken as "text" with the line number (from 1) as
its id. A line starting with "{" must be a JSON object; a JSON array is an error.
"lang" is detected when absent. "notes" (footnote texts) and "links" (documents
linked next to the text) count as evidence for it.
An object without "id" gets "id": null.

Output line for each input:
  {"id": <the input's id>,
   "text": string, "lang": "en" | "zh",
   "isClaim": boolean,
   "kinds": string[],                       claim kinds, e.g. "quantified-benefit"
   "score": number | null,                  0-100, null when not a claim
   "verdict": "supported" | "weak" | "unsupported" | "not-a-claim",
   "flags": [{"rule": string, "severity": "minor" | "major" | "critical",
              "span": [start, end], "note": string, "question": string}],
   "evidence": [{"kind": string, "span": [start, end] | null,
                 "where": ${WHERE}}]}

Spans are [start, end) offsets in UTF-16 code units into "text", as JavaScript
counts them. Evidence found outside "text" (in "notes" or "links") has
"span": null; "where" says where it was found.

A line that cannot be judged (invalid JSON, a JSON array, "text" missing or
empty, an unknown "lang", malformed "notes" or "links", a blank line, a line
over 1,000,000 characters) gets
  {"id": null, "error": string, "line": <its line number>}
and the next lines go on.

Options:
  --sensitivity <level>   lenient, normal (default) or strict: how much evidence
                          a claim needs before it counts as supported
  --notes <lang>          the language of each flag's "note" and "question": en
                          (default), zh, or same (the sentence's own language)
  -h, --help              this text

Exit status: 0, even when some lines were malformed; 1 when standard input cannot
be read; 2 for a usage error.

Example:
  echo '{"id": 1, "text": "Cut the time you spend on slides by 80%."}' | sceptic score
`;

export const SCAN_HELP = `Usage: sceptic scan <file.html | url | -> ... [options]

Reads each page (a file, an http(s) URL, or "-" for standard input), extracts its
visible text exactly as the browser extension's content script does, finds and
judges every claim, grades the page, and prints one report per page in the order
given. A page that cannot be read is reported on standard error and the others
still are.

Options:
  --format <fmt>          table (default): a summary and the claims that most need
                          questioning, for a terminal;
                          json: an array with one entry per input, either the
                          extension's JSON export with "input" (docs/export.md)
                          or {"input", "error"};
                          markdown: a report to paste into an article or a ticket,
                          with the page's text escaped so it renders as plain words
  --top <n>               claims listed per page (table: 5, markdown: all; 0 = all)
  --timeout <seconds>     time allowed for each URL, redirects and body included
                          (default 15)
  --max-size <size>       largest page accepted, e.g. 5MB, 800KB or a number of
                          bytes (default 5MB); files and standard input too
  --sensitivity <level>   lenient, normal (default) or strict
  --notes <lang>          the language of each flag's title and question in the
                          Markdown report, and of the texts in the JSON export:
                          en, zh, or same (each page's own language); by default
                          Markdown is in English and JSON in the page's language
  -h, --help              this text

URLs: http and https only, at most 5 redirects, and the answer must be HTML
(text/html or application/xhtml+xml). Files and URLs are decoded with the charset
they declare (UTF-8 when they declare none).

Exit status: 0 when every page was reported; 1 when any page could not be read
(not found, unreadable, failed fetch, HTTP error, not HTML, too large, timed out);
2 for a usage error.

Examples:
  sceptic scan examples/*.html
  sceptic scan https://example.com/product --format markdown > report.md
  curl -s https://example.com/ | sceptic scan - --format json
`;

class UsageError extends Error {}

export interface Io {
  stdin: NodeJS.ReadableStream & AsyncIterable<Buffer | string>;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function parseSize(value: string): number {
  const m = value.trim().match(/^(\d+(?:\.\d+)?)\s*(b|bytes?|kb?|kib|mb?|mib|gb?|gib)?$/i);
  if (!m) throw new UsageError(`--max-size must be a size such as 5MB, 800KB or 100000 (got "${value}")`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * mult);
  if (bytes < 1) throw new UsageError('--max-size must be at least 1 byte');
  return bytes;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--timeout must be a positive number of seconds (got "${value}")`);
  return Math.round(n * 1000);
}

function parseTop(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--top must be a whole number, 0 for all (got "${value}")`);
  return n;
}

/** parseArgs with its errors turned into usage errors. */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

async function write(out: Writable, text: string): Promise<void> {
  await new Promise<void>((ok, fail) => out.write(text, (err) => (err ? fail(err) : ok())));
}

/** Node reads a directory or a closed descriptor on fd 0 as an empty stream; say so instead. */
function stdinProblem(): string | undefined {
  try {
    if (fstatSync(0).isDirectory()) return 'it is a directory';
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code === 'EBADF' ? 'it is closed' : e.message;
  }
  return undefined;
}

async function runScore(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parsed(() =>
    parseArgs({ args, options: { ...HELP_OPTION, sensitivity: { type: 'string' }, notes: { type: 'string' } }, allowPositionals: true, strict: true }),
  );
  if (values.help) {
    await write(io.stdout, SCORE_HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`score reads standard input and takes no arguments (got "${positionals[0]}")`);
  const sensitivity = oneOf<Sensitivity>('sensitivity', values.sensitivity, SENSITIVITIES, 'normal');
  const notes = oneOf<NoteLang>('notes', values.notes, NOTE_LANGS, 'en');
  const unreadable = io.stdin === process.stdin ? stdinProblem() : undefined;
  if (unreadable) {
    io.stderr.write(`sceptic score: cannot read standard input: ${unreadable}\n`);
    return 1;
  }
  if ((io.stdin as { isTTY?: boolean }).isTTY) io.stderr.write('sceptic score: reading sentences from standard input, one per line (Ctrl-D to end)\n');
  try {
    await scoreStream(io.stdin, io.stdout, { sensitivity, notes });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EPIPE') return 0;
    io.stderr.write(`sceptic score: cannot read standard input: ${e.message}\n`);
    return 1;
  }
  return 0;
}

async function runScan(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parsed(() =>
    parseArgs({
      args,
      options: {
        ...HELP_OPTION,
        format: { type: 'string', short: 'f' },
        top: { type: 'string' },
        timeout: { type: 'string' },
        'max-size': { type: 'string' },
        sensitivity: { type: 'string' },
        notes: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help) {
    await write(io.stdout, SCAN_HELP);
    return 0;
  }
  const format = oneOf<Format>('format', values.format, FORMATS, 'table');
  const top = parseTop(values.top, format === 'table' ? 5 : 0);
  const timeoutMs = values.timeout === undefined ? DEFAULT_LOAD.timeoutMs : parseSeconds(values.timeout);
  const maxBytes = values['max-size'] === undefined ? DEFAULT_LOAD.maxBytes : parseSize(values['max-size']);
  const sensitivity = oneOf<Sensitivity>('sensitivity', values.sensitivity, SENSITIVITIES, 'normal');
  const notes = values.notes === undefined ? undefined : oneOf<NoteLang>('notes', values.notes, NOTE_LANGS, 'en');
  if (positionals.length === 0) throw new UsageError('scan needs at least one file, URL or "-" (see sceptic scan --help)');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');

  const version = packageVersion();
  const load = { timeoutMs, maxBytes, maxRedirects: DEFAULT_LOAD.maxRedirects, userAgent: `sceptic/${version} (command line)` };
  // Loaded here, not at the top: `score` needs no DOM.
  const { scanHtml } = await import('./node-scan');
  const results: PageResult[] = [];
  for (const arg of positionals) {
    const source = sourceOf(arg);
    try {
      let page: Loaded;
      if (source.kind === 'stdin') {
        if ((io.stdin as { isTTY?: boolean }).isTTY) io.stderr.write('sceptic scan: reading HTML from standard input (Ctrl-D to end)\n');
        page = await loadStdin(io.stdin, load);
      } else if (source.kind === 'file') page = await loadFile(source.path, load);
      else page = await loadUrl(source.url, load);
      const { title, report } = scanHtml(page.html, page.url, { sensitivity });
      results.push({ input: source.label, url: page.url, title, at: Date.now(), sensitivity, report });
    } catch (err) {
      const message = err instanceof PageError ? err.message : `could not scan: ${(err as Error).message}`;
      io.stderr.write(`sceptic scan: ${source.label}: ${message}\n`);
      results.push({ input: source.label, error: message });
    }
  }
  const color = format === 'table' && io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  const columns = (io.stdout.isTTY && io.stdout.columns) || Number(io.env.COLUMNS) || 120;
  await write(io.stdout, formatResults(format, results, { top, columns, color, version: `Sceptic ${version} (engine ${ENGINE_VERSION})`, notes }));
  return results.some((r) => r.error !== undefined) ? 1 : 0;
}

/** Run the command line; resolves to the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      await write(command === undefined ? io.stderr : io.stdout, topic === 'score' ? SCORE_HELP : topic === 'scan' ? SCAN_HELP : HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version' || command === 'version') {
      await write(io.stdout, `sceptic ${packageVersion()} (engine ${ENGINE_VERSION})\n`);
      return 0;
    }
    if (command === 'score') return await runScore(rest, io);
    if (command === 'scan') return await runScan(rest, io);
    throw new UsageError(`unknown command "${command}" (commands: score, scan; see sceptic --help)`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`sceptic: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
