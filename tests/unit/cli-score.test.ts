// The contract of `sceptic score`: one JSON answer per input line, in order, with the
// documented shape; malformed lines answered with an error and the stream going on.
import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerLine, type ErrorRecord, MAX_LINE, parseLine, type ScoreRecord, splitLines } from '../../cli/score';
import { scoreClaim } from '../../heuristics/index';
import { EVIDENCE_PLACES } from '../../heuristics/types';
import { runBin, runCli } from './cli-io';

const KEYS = ['id', 'text', 'lang', 'isClaim', 'kinds', 'score', 'verdict', 'flags', 'evidence'];

function parseOutput(stdout: string): Array<ScoreRecord | ErrorRecord> {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as ScoreRecord | ErrorRecord);
}

/** Everything the contract promises about an answer for a judged line. */
function expectContract(r: ScoreRecord): void {
  expect(Object.keys(r)).toEqual(KEYS);
  expect(['en', 'zh']).toContain(r.lang);
  expect(['supported', 'weak', 'unsupported', 'not-a-claim']).toContain(r.verdict);
  if (r.isClaim) {
    expect(r.score).toBeTypeOf('number');
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(r.verdict).not.toBe('not-a-claim');
    expect(r.kinds.length).toBeGreaterThan(0);
  } else {
    expect(r.score).toBeNull();
    expect(r.verdict).toBe('not-a-claim');
    expect(r.kinds).toEqual([]);
  }
  for (const f of r.flags) {
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'span', 'note', 'question']);
    expect(['minor', 'major', 'critical']).toContain(f.severity);
    expect(f.span[0]).toBeGreaterThanOrEqual(0);
    expect(f.span[1]).toBeGreaterThan(f.span[0]);
    expect(f.span[1]).toBeLessThanOrEqual(r.text.length);
  }
  for (const e of r.evidence) {
    expect(Object.keys(e)).toEqual(['kind', 'span', 'where']);
    expect(EVIDENCE_PLACES.filter((p) => p !== 'context')).toContain(e.where);
    if (e.where === 'sentence') {
      expect(e.span).not.toBeNull();
      const [start, end] = e.span ?? [0, 0];
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(r.text.length);
    } else {
      expect(e.span).toBeNull();
    }
  }
}

describe('sceptic score: reading a line', () => {
  it('takes a plain text line as the text, with its line number as id', () => {
    expect(parseLine('  Saves 80% of your PPT work.  ', 7)).toEqual({ id: 7, text: 'Saves 80% of your PPT work.' });
  });

  it('keeps any JSON id as given, and null when there is none', () => {
    for (const id of [1, 'a-1', { page: 3 }, [1, 2], null, true]) {
      expect(parseLine(JSON.stringify({ id, text: 'x' }), 1).id).toEqual(id);
    }
    expect(parseLine('{"text": "x"}', 4).id).toBeNull();
  });

  it('reads notes as strings or objects, and links', () => {
    const input = parseLine(
      JSON.stringify({
        id: 1,
        text: 'Cuts review time by 35%.¹',
        notes: ['¹ Internal survey of 18 customers, 2024.'],
        links: [{ href: 'https://example.com/study.pdf', text: 'Study' }],
      }),
      1,
    );
    expect(input.notes).toEqual([{ marker: '¹', text: '¹ Internal survey of 18 customers, 2024.' }]);
    expect(input.links).toEqual([{ href: 'https://example.com/study.pdf', text: 'Study' }]);
    expect(parseLine(JSON.stringify({ text: 'x', notes: [{ marker: '*', text: 'n' }] }), 1).notes).toEqual([{ marker: '*', text: 'n' }]);
  });

  it.each([
    ['{"id": 1, "text": ', /not valid JSON/],
    ['{"id": 1}', /"text" must be a string/],
    ['{"id": 1, "text": 42}', /"text" must be a string/],
    ['{"id": 1, "text": "   "}', /"text" is empty/],
    ['{"id": 1, "text": "x", "lang": "fr"}', /"lang" must be one of "en", "zh"/],
    ['{"id": 1, "text": "x", "notes": "not a list"}', /"notes" must be an array/],
    ['{"id": 1, "text": "x", "links": [{"href": 3}]}', /"links"\[0\]/],
    ['', /empty line/],
    ['   ', /empty line/],
  ])('answers the malformed line %j with an error', (line, message) => {
    const answer = answerLine(line, 12) as ErrorRecord;
    expect(Object.keys(answer)).toEqual(['id', 'error', 'line']);
    expect(answer.id).toBeNull();
    expect(answer.error).toMatch(message);
    expect(answer.line).toBe(12);
  });

  it('gives what scoreClaim gives, in the documented shape', () => {
    const notes = ['¹ Compared with manual matching at 9 customer sites (48,000 invoices), January–April 2024; results audited by Ridgeway Accounting.'];
    const text = 'Reduces invoice-matching errors by 62%.¹';
    const answer = answerLine(JSON.stringify({ id: 'inv', text, notes }), 1) as ScoreRecord;
    const direct = scoreClaim(text, { notes: [{ marker: '¹', text: notes[0] ?? '' }] });
    expectContract(answer);
    expect(answer).toMatchObject({
      id: 'inv',
      text,
      lang: direct.lang,
      isClaim: direct.isClaim,
      kinds: direct.kinds,
      score: direct.score,
      verdict: direct.verdict,
    });
    expect(answer.flags.map((f) => f.rule)).toEqual(direct.flags.map((f) => f.rule));
    // Evidence from the footnote is reported, with no span in the text.
    expect(answer.evidence.filter((e) => e.where === 'footnote').length).toBeGreaterThan(0);
    expect(answer.evidence.filter((e) => e.where === 'footnote').every((e) => e.span === null)).toBe(true);
  });

  it('honours "lang" over detection', () => {
    const answer = answerLine('{"id": 1, "text": "AI", "lang": "zh"}', 1) as ScoreRecord;
    expect(answer.lang).toBe('zh');
  });
});

describe('sceptic score: splitting the stream', () => {
  async function split(chunks: Array<Buffer | string>, max?: number): Promise<Array<{ text: string; tooLong: boolean }>> {
    const out = [];
    for await (const lines of splitLines(Readable.from(chunks), max)) out.push(...lines);
    return out;
  }

  it('decodes characters cut across chunks, drops a BOM, handles CRLF and a last line without newline', async () => {
    const bytes = Buffer.from('\uFEFF效率提升10倍\r\nsecond\nthird');
    const chunks = [bytes.subarray(0, 4), bytes.subarray(4, 7), bytes.subarray(7, 20), bytes.subarray(20)];
    expect((await split(chunks)).map((l) => l.text)).toEqual(['效率提升10倍', 'second', 'third']);
  });

  it('answers a runaway line with an error without holding it, and goes on', async () => {
    const lines = await split(['short\n', 'x'.repeat(60), 'y'.repeat(60), '\nafter\n'], 100);
    expect(lines).toEqual([
      { text: 'short', tooLong: false },
      { text: '', tooLong: true },
      { text: 'after', tooLong: false },
    ]);
    const atEnd = await split(['ok\n', 'z'.repeat(150)], 100);
    expect(atEnd.at(-1)).toEqual({ text: '', tooLong: true });
  });

  it('keeps empty lines in the middle, so answers stay aligned', async () => {
    expect((await split(['a\n\nb\n'])).map((l) => l.text)).toEqual(['a', '', 'b']);
  });

  it('has a limit that real sentences never reach', () => {
    expect(MAX_LINE).toBeGreaterThanOrEqual(100_000);
  });
});

describe('sceptic score: the command', () => {
  it('answers every line in order, malformed ones included, and exits 0', async () => {
    const input = [
      '{"id": "a", "text": "Cut the time you spend on slides by 80%."}',
      'not json, so this is the text: the world’s first AI lawyer',
      '{"id": "b", "text": ',
      '["an", "array"]',
      '',
      '{"id": "c", "text": "一键生成周报，效率提升10倍", "lang": "zh"}',
      '{"id": "d", "text": "Export to PDF and PowerPoint."}',
    ].join('\n');
    const run = await runCli(['score'], input);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = parseOutput(run.stdout);
    expect(out).toHaveLength(7);
    expect(out.map((r) => r.id)).toEqual(['a', 2, null, null, null, 'c', 'd']);
    expect(out.map((r) => ('error' in r ? r.line : null))).toEqual([null, null, 3, 4, 5, null, null]);
    for (const r of out) if (!('error' in r)) expectContract(r);
    const [a, , , , , c, d] = out as ScoreRecord[];
    expect(a?.isClaim).toBe(true);
    expect(a?.verdict).toBe('unsupported');
    expect(c?.lang).toBe('zh');
    expect(c?.isClaim).toBe(true);
    expect(d?.isClaim).toBe(false);
    expect(d?.score).toBeNull();
  });

  it('answers nothing for empty input', async () => {
    const run = await runCli(['score'], '');
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('rejects bad options and arguments on standard error with status 2', async () => {
    const bad = await runCli(['score', '--sensitivity', 'extreme']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--sensitivity must be one of lenient, normal, strict/);
    const extra = await runCli(['score', 'file.jsonl']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/takes no arguments/);
  });

  it('passes --sensitivity to the engine', async () => {
    const notes = ['¹ Compared with manual review at 4 sites, 2024 study of 120 reviewers.'];
    const text = 'Cuts review time by 35%.¹';
    for (const sensitivity of ['lenient', 'normal', 'strict'] as const) {
      const run = await runCli(['score', '--sensitivity', sensitivity], JSON.stringify({ id: 1, text, notes }));
      const direct = scoreClaim(text, { sensitivity, notes: [{ marker: '¹', text: notes[0] ?? '' }] });
      expect(parseOutput(run.stdout)[0]).toMatchObject({ score: direct.score, verdict: direct.verdict });
    }
  });

  it('writes notes and questions in English, in Chinese, or in each sentence’s own language with --notes', async () => {
    const lines = [
      { id: 'en', text: 'Saves 80% of your PPT work.' },
      { id: 'zh', text: '一键生成周报，效率提升10倍' },
    ];
    const input = lines.map((l) => JSON.stringify(l)).join('\n');
    const han = /\p{Script=Han}/u;
    const texts = (stdout: string) =>
      parseOutput(stdout).map((r) => {
        const flags = (r as ScoreRecord).flags;
        expect(flags.length).toBeGreaterThan(0);
        return flags.map((f) => f.note + f.question).join(' ');
      });
    const [enDefault, zhDefault] = texts((await runCli(['score'], input)).stdout);
    expect(han.test(enDefault ?? '')).toBe(false);
    expect(han.test(zhDefault ?? '')).toBe(false);
    const [enZh, zhZh] = texts((await runCli(['score', '--notes', 'zh'], input)).stdout);
    expect(han.test(enZh ?? '')).toBe(true);
    expect(han.test(zhZh ?? '')).toBe(true);
    const [enSame, zhSame] = texts((await runCli(['score', '--notes', 'same'], input)).stdout);
    expect(enSame).toBe(enDefault);
    expect(zhSame).toBe(zhZh);
    // The judgement itself does not change with the language of its notes.
    const strip = (stdout: string) => parseOutput(stdout).map((r) => ({ ...r, flags: (r as ScoreRecord).flags.map((f) => f.rule) }));
    expect(strip((await runCli(['score', '--notes', 'zh'], input)).stdout)).toEqual(strip((await runCli(['score'], input)).stdout));
    const bad = await runCli(['score', '--notes', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--notes must be one of en, zh, same/);
  });
});

describe('sceptic score: the installed command', () => {
  it('streams 20,000 lines through bin/sceptic.js, every one answered in order', async () => {
    const n = 20_000;
    const texts = ['Saves 80% of your PPT work.', '一键生成周报，效率提升10倍', 'Export to PDF and PowerPoint.', 'Trusted by 10,000+ teams.'];
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(i % 997 === 5 ? '{broken' : JSON.stringify({ id: i, text: texts[i % texts.length] }));
    const run = await runBin(['score'], `${lines.join('\n')}\n`);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = parseOutput(run.stdout);
    expect(out).toHaveLength(n);
    out.forEach((r, i) => {
      if (i % 997 === 5) expect(r).toMatchObject({ id: null, line: i + 1 });
      else expect(r.id).toBe(i);
    });
  }, 60_000);

  it('exits 1 with a message when standard input cannot be read', async () => {
    const fd = openSync(tmpdir(), 'r');
    try {
      const run = await runBin(['score'], undefined, { stdin: fd });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/sceptic score: cannot read standard input/);
    } finally {
      closeSync(fd);
    }
  }, 30_000);
});
