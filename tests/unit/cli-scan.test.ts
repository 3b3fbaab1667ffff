// The contract of `sceptic scan`: files, URLs and standard input through the content
// script's own scraper; three formats; every failure a clear message on standard
// error, a non-zero status, and the other pages still reported.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../cli/format';
import { decode } from '../../cli/load';
import { scanHtml } from '../../cli/node-scan';
import { PageReportSchema } from '../../heuristics/schema';
import type { EvidenceKind } from '../../heuristics/types';
import { reportJson } from '../../utils/export';
import { runBin, runCli } from './cli-io';

const EXAMPLES = ['examples/slidecraft.html', 'examples/zhoubao-zh.html', 'examples/evidence-based.html'];

const PAGE = `<!doctype html><html lang="en"><head><title>Deckwise: AI slides</title></head><body>
<header><h1>Saves 80% of your PPT work.</h1><p>The world's first AI presentation designer.</p></header>
<main><p>Trusted by 10,000+ teams.</p><p>One click turns your notes into a finished deck, guaranteed accurate.</p>
<p>Plans from $12 per month.</p></main></body></html>`;

interface JsonResult {
  input: string;
  page?: { url: string; title: string };
  report?: unknown;
  error?: string;
}

let server: Server;
let origin: string;
let dir: string;

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  switch (path) {
    case '/page':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    case '/redirect':
      res.writeHead(302, { location: '/page' }).end();
      return;
    case '/loop':
      res.writeHead(302, { location: '/loop' }).end();
      return;
    case '/json':
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"a": 1}');
      return;
    case '/big': {
      // No content-length: the limit must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'Saves 80% of your time. '.repeat(40)}</p>\n`;
      let sent = 0;
      const pump = (): void => {
        while (sent < 400) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
      return;
    }
    case '/declared-big':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<p>');
      return;
    case '/stall':
      // Headers and the start of a body, then nothing.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><h1>Saves 80% of your time.</h1>');
      return;
    case '/slow':
      // Never answers; the client's timeout must end it.
      return;
    case '/gbk':
      // "效率提升10倍" in GBK, declared in the header.
      res.writeHead(200, { 'content-type': 'text/html; charset=gbk' });
      res.end(
        Buffer.concat([
          Buffer.from('<html><body><h1>'),
          Buffer.from([0xd0, 0xa7, 0xc2, 0xca, 0xcc, 0xe1, 0xc9, 0xfd]),
          Buffer.from('10倍</h1></body></html>'.replace('倍', '&#20493;')),
        ]),
      );
      return;
    default:
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  }
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'sceptic-scan-'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
  rmSync(dir, { recursive: true, force: true });
});

async function json(args: string[], input?: string): Promise<{ code: number; stderr: string; results: JsonResult[] }> {
  const run = await runCli(['scan', ...args, '--format', 'json'], input);
  return { code: run.code, stderr: run.stderr, results: JSON.parse(run.stdout) as JsonResult[] };
}

describe('sceptic scan: files', () => {
  it('reports each example with the same scraper and engine as the extension', async () => {
    const { code, stderr, results } = await json(EXAMPLES);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(results.map((r) => r.input)).toEqual(EXAMPLES);
    for (const [i, r] of results.entries()) {
      expect(PageReportSchema.safeParse(r.report).success).toBe(true);
      const file = EXAMPLES[i] ?? '';
      const direct = scanHtml(readFileSync(file, 'utf8'), r.page?.url);
      expect(r.report).toEqual(direct.report);
      expect(r.page?.title).toBe(direct.title);
    }
  });

  it('prints for each page the document the extension exports as JSON, valid against docs/export.schema.json', async () => {
    const schema = JSON.parse(readFileSync('docs/export.schema.json', 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const files = readdirSync('examples')
      .filter((f) => f.endsWith('.html'))
      .map((f) => `examples/${f}`);
    const { code, results } = await json([...files, '--sensitivity', 'strict']);
    expect(code).toBe(0);
    expect(results).toHaveLength(files.length);
    for (const [i, entry] of results.entries()) {
      expect(validate(entry), JSON.stringify(validate.errors)).toBe(true);
      const { input, ...doc } = entry as JsonResult & { scannedAt: string; sensitivity: string };
      expect(input).toBe(files[i]);
      expect(doc.sensitivity).toBe('strict');
      // What the popup's export writes for the same page, read at the same moment.
      const { title, report } = scanHtml(readFileSync(files[i] ?? '', 'utf8'), doc.page?.url, { sensitivity: 'strict' });
      const exported = JSON.parse(
        reportJson({ url: doc.page?.url ?? '', title, at: Date.parse(doc.scannedAt), report, sensitivity: 'strict', dismissed: [] }, report.lang),
      ) as unknown;
      expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
      expect(doc).toEqual(exported);
    }
  });

  it('rejects an export that strays from its schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync('docs/export.schema.json', 'utf8')) as object);
    const { title, report } = scanHtml(readFileSync('examples/slidecraft.html', 'utf8'), 'https://slidecraft.example/');
    const good = JSON.parse(reportJson({ url: 'https://slidecraft.example/', title, at: 0, report, sensitivity: 'normal', dismissed: [] }, 'en')) as Record<
      string,
      unknown
    >;
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, grade: 'E' })).toBe(false);
    expect(validate({ ...good, scannedAt: 'yesterday' })).toBe(false);
    expect(validate({ ...good, report: { ...(good.report as object), claims: 'none' } })).toBe(false);
    const { questions: _, ...withoutQuestions } = good;
    expect(validate(withoutQuestions)).toBe(false);
  });

  it('prints a terminal table: a summary row per page, then grade, score, counts and top claims', async () => {
    const run = await runCli(['scan', ...EXAMPLES, '--top', '3']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^PAGE\s+GRADE\s+SCORE\s+CLAIMS\s+SUPPORTED\s+WEAK\s+UNSUPPORTED$/);
    for (const file of EXAMPLES) {
      const report = scanHtml(readFileSync(file, 'utf8')).report;
      const row = lines.find((l) => l.startsWith(`${file} `));
      expect(row?.split(/\s+/).slice(1)).toEqual([
        report.grade ?? '–',
        String(report.score ?? '–'),
        String(report.counts.claims),
        String(report.counts.supported),
        String(report.counts.weak),
        String(report.counts.unsupported),
      ]);
      expect(run.stdout).toContain(
        `${report.counts.claims} claims: ${report.counts.supported} supported, ${report.counts.weak} weak, ${report.counts.unsupported} unsupported`,
      );
    }
    // Three claims listed under each page, with their verdict and score.
    expect(run.stdout.match(/^ {2}(?:supported|weak|unsupported) +\d+ +\d+ +\S/gm)?.length).toBe(3 * EXAMPLES.length);
    // No colour codes when the output is not a terminal.
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('keeps table rows within the terminal width, Chinese counted double', async () => {
    const run = await runCli(['scan', 'examples/zhoubao-zh.html', '--top', '0'], '', { COLUMNS: '80' });
    const { displayWidth } = await import('../../cli/text');
    for (const line of run.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('reads standard input with "-"', async () => {
    const { code, results } = await json(['-'], PAGE);
    expect(code).toBe(0);
    expect(results[0]?.input).toBe('(standard input)');
    expect(results[0]?.page?.title).toBe('Deckwise: AI slides');
    expect((results[0]?.report as { counts: { claims: number } } | undefined)?.counts.claims).toBeGreaterThan(2);
  });

  it('reports a missing file, a directory and a binary file as errors, and still reports the others', async () => {
    const binary = join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const { code, stderr, results } = await json(['nope/missing.html', 'examples/slidecraft.html', dir, binary]);
    expect(code).toBe(1);
    expect(results).toHaveLength(4);
    expect(results[0]).toEqual({ input: 'nope/missing.html', error: 'cannot read the file: no such file' });
    expect(results[1]?.report).toBeDefined();
    expect(results[2]?.error).toMatch(/is a directory/);
    expect(results[3]?.error).toMatch(/not an HTML file/);
    expect(stderr.trim().split('\n')).toEqual([
      'sceptic scan: nope/missing.html: cannot read the file: no such file',
      expect.stringMatching(/^sceptic scan: .*: is a directory/),
      expect.stringMatching(/^sceptic scan: .*image\.html: is not an HTML file/),
    ]);
  });

  it('refuses a file over --max-size', async () => {
    const { code, results } = await json(['examples/slidecraft.html', '--max-size', '1KB']);
    expect(code).toBe(1);
    expect(results[0]?.error).toMatch(/larger than the 1 KB limit/);
  });
});

describe('sceptic scan: URLs (served from 127.0.0.1)', () => {
  it('fetches an HTML page and follows redirects', async () => {
    const { code, results } = await json([`${origin}/page`, `${origin}/redirect`]);
    expect(code).toBe(0);
    expect(results[0]?.page?.url).toBe(`${origin}/page`);
    expect(results[1]?.page?.url).toBe(`${origin}/page`);
    expect(results[0]?.report).toEqual(scanHtml(PAGE, `${origin}/page`).report);
  });

  it('links the fetched address in Markdown', async () => {
    const run = await runCli(['scan', `${origin}/redirect?q=<x>`, '--format', 'markdown']);
    expect(run.stdout).toContain(`Source: <${origin}/page>`);
  });

  it('decodes the charset the server declares', async () => {
    const { results } = await json([`${origin}/gbk`]);
    const report = results[0]?.report as { claims: Array<{ text: string }> };
    expect(report.claims.map((c) => c.text)).toContain('效率提升10倍');
  });

  it.each([
    ['/missing', [], /the server answered HTTP 404 Not Found/],
    ['/json', [], /is not an HTML page \(content-type: application\/json\)/],
    ['/big', ['--max-size', '100KB'], /larger than the 100 KB limit/],
    ['/declared-big', [], /larger than the 5 MB limit/],
    ['/loop', [], /too many redirects \(more than 5\)/],
    ['/slow', ['--timeout', '0.3'], /fetch failed: timed out after 0\.3 s/],
    ['/stall', ['--timeout', '0.3'], /fetch failed while reading the page: timed out after 0\.3 s/],
  ])('reports %s as an error and still reports the page after it', async (path, flags, message) => {
    const { code, stderr, results } = await json([`${origin}${path}`, `${origin}/page`, ...flags]);
    expect(code).toBe(1);
    expect(results[0]?.error).toMatch(message);
    expect(stderr).toMatch(new RegExp(`^sceptic scan: ${origin}${path}: `));
    expect(results[1]?.report).toBeDefined();
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((ok) => closed.close(() => ok()));
    const { code, results } = await json([`http://127.0.0.1:${port}/`, 'examples/slidecraft.html']);
    expect(code).toBe(1);
    expect(results[0]?.error).toBe('fetch failed: connection refused');
    expect(results[1]?.report).toBeDefined();
  });

  it('refuses schemes other than http and https', async () => {
    const { results } = await json(['ftp://127.0.0.1/page.html']);
    expect(results[0]?.error).toMatch(/only http and https/);
  });
});

describe('sceptic scan: Markdown', () => {
  it("writes each flag's title and question in the language --notes names, or in each page's own with --notes same", async () => {
    const zh = await runCli(['scan', 'examples/zhoubao-zh.html', 'examples/slidecraft.html', '--format', 'markdown', '--notes', 'same']);
    expect(zh.code).toBe(0);
    const [chinese, english] = zh.stdout.split(/^## /m).slice(1);
    const cells = (part: string | undefined) =>
      (part ?? '')
        .split('\n')
        .filter((l) => /^\| \d+ \|/.test(l))
        .map((l) => l.split(' | ').slice(-2).join(' '));
    const han = /[\u4e00-\u9fff]/;
    expect(cells(chinese).length).toBeGreaterThan(5);
    // Why and Ask: Chinese on the Chinese page, English on the English one.
    for (const c of cells(chinese)) expect(c).toMatch(han);
    for (const c of cells(english)) expect(c).not.toMatch(han);
    const en = await runCli(['scan', 'examples/zhoubao-zh.html', '--format', 'markdown']);
    for (const row of en.stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l))) expect(row.split(' | ').at(-1)).not.toMatch(han);
  });

  it('writes a report with every claim, and page text that cannot turn into markup', async () => {
    const hostile = `<!doctype html><html><head><title>Evil *title* &lt;script&gt;alert(1)&lt;/script&gt;</title></head><body>
      <h1>Saves 80% of your work | guaranteed &lt;img src=x onerror=alert(1)&gt; **[click](https://evil.example)** \`code\` $x$ www.evil.example</h1>
      <p>The world's first AI lawyer, trusted by 10,000+ firms.</p><p>One-click contracts, 100% accurate.</p></body></html>`;
    const file = join(dir, 'hostile.html');
    writeFileSync(file, hostile);
    const run = await runCli(['scan', file, '--format', 'markdown']);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md).toMatch(/^# Sceptic report\n/);
    expect(md).toContain('## Evil \\*title\\* \\<script\\>alert\\(1\\)\\</script\\>');
    const report = scanHtml(hostile).report;
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(report.claims.length);
    for (const row of rows) {
      // Six cells, however many pipes the page text held.
      expect(row.split(/(?<!\\)\|/).length).toBe(8);
      // Every character that could open markup is escaped.
      expect(row).not.toMatch(/(?<!\\)[<>[\]*`$]/);
      expect(row).not.toMatch(/https?:\/\/|www\./);
    }
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });

  it('asks for the missing evidence when no rule has a question', () => {
    const { report, title } = scanHtml('<html><head><title>T</title></head><body><h1>Saves 5 hours every week.</h1></body></html>');
    const claim = report.claims[0];
    expect(claim).toBeDefined();
    if (!claim) return;
    const silent = { ...report, claims: [{ ...claim, flags: [], missing: ['baseline', 'sample', 'date'] as EvidenceKind[] }] };
    const md = formatMarkdown([{ input: 'x.html', url: 'file:///x.html', title, at: 0, sensitivity: 'normal', report: silent }], {
      top: 0,
      columns: 80,
      color: false,
      version: 'v',
    });
    expect(md).toContain('| No baseline, sample, date given | Can you show the baseline, the sample and the date behind this? |');
  });

  it('lists failed pages too', async () => {
    const run = await runCli(['scan', 'examples/slidecraft.html', 'missing.html', '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('## missing.html\n\nCould not be scanned: cannot read the file: no such file');
  });
});

describe('sceptic: usage', () => {
  it('prints help and version on standard output', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/sceptic score/);
    expect(help.stdout).toMatch(/sceptic scan/);
    const scanHelp = await runCli(['scan', '--help']);
    expect(scanHelp.stdout).toMatch(/--format <fmt>/);
    const scoreHelp = await runCli(['help', 'score']);
    expect(scoreHelp.stdout).toMatch(/"span": null/);
    const version = await runCli(['--version']);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version.stdout).toBe(`sceptic ${pkg.version} (engine ${(await import('../../heuristics/index')).ENGINE_VERSION})\n`);
  });

  it.each([
    [[], /Usage:/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['scan'], /scan needs at least one file, URL or "-"/],
    [['scan', 'a.html', '--format', 'pdf'], /--format must be one of table, json, markdown/],
    [['scan', 'a.html', '--timeout', '0'], /--timeout must be a positive number/],
    [['scan', 'a.html', '--timeout=-1'], /--timeout must be a positive number/],
    [['scan', 'a.html', '--max-size', 'huge'], /--max-size must be a size/],
    [['scan', 'a.html', '--top', '2.5'], /--top must be a whole number/],
    [['scan', '-', '-'], /only once/],
    [['scan', 'a.html', '--colour'], /Unknown option '--colour'/],
    [['scan', 'a.html', '--notes', 'fr'], /--notes must be one of en, zh, same/],
  ])('rejects %j on standard error with status 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('runs from bin/sceptic.js: the examples as a table, a failing URL on standard error', async () => {
    const run = await runBin(['scan', 'examples/slidecraft.html', `${origin}/missing`, '--format', 'table']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^examples\/slidecraft\.html {2}/m);
    expect(run.stderr).toBe(`sceptic scan: ${origin}/missing: the server answered HTTP 404 Not Found\n`);
  }, 30_000);
});

describe('charset decoding', () => {
  it('follows a BOM, then the header, then a <meta>, else UTF-8', () => {
    const gbk = Buffer.from([0xd0, 0xa7, 0xc2, 0xca]);
    expect(decode(gbk, 'text/html; charset=GBK')).toBe('效率');
    expect(decode(Buffer.concat([Buffer.from('<meta charset="gb18030">'), gbk]), null)).toBe('<meta charset="gb18030">效率');
    expect(decode(Buffer.from('\uFEFF效率'), 'text/html; charset=gbk')).toBe('效率');
    expect(decode(Buffer.from('效率'), null)).toBe('效率');
    expect(decode(Buffer.from('ok'), 'text/html; charset=no-such-charset')).toBe('ok');
  });
});
