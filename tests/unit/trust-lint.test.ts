// The lint rules that keep page text out of HTML parsers and strings out of code really fire:
// Biome, with the project's own configuration and plugins (tests/lint/*.grit), is run on small
// files that each commit one offence, and on one that does the same work safely.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIOME = resolve(ROOT, 'node_modules/.bin/biome');

const OFFENCES: Record<string, { code: string; rule: RegExp }> = {
  'inner-html.ts': { code: 'export function f(el: HTMLElement, s: string) {\n  el.innerHTML = s;\n}\n', rule: /^plugin$/ },
  'outer-html.ts': { code: 'export function f(el: HTMLElement, s: string) {\n  el.outerHTML = s;\n}\n', rule: /^plugin$/ },
  'insert-adjacent.ts': { code: "export function f(el: HTMLElement, s: string) {\n  el.insertAdjacentHTML('beforeend', s);\n}\n", rule: /^plugin$/ },
  'document-write.ts': { code: 'export function f(s: string) {\n  document.write(s);\n}\n', rule: /^plugin$/ },
  'fragment.ts': { code: 'export function f(r: Range, s: string) {\n  return r.createContextualFragment(s);\n}\n', rule: /^plugin$/ },
  'set-html-unsafe.ts': {
    code: 'export function f(el: Element & { setHTMLUnsafe(s: string): void }, s: string) {\n  el.setHTMLUnsafe(s);\n}\n',
    rule: /^plugin$/,
  },
  'dangerously.tsx': {
    code: 'export const A = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;\n',
    rule: /noDangerouslySetInnerHtml/,
  },
  'eval.ts': { code: 'export const f = (s: string) => eval(s);\n', rule: /noGlobalEval/ },
  'new-function.ts': { code: "export const f = (s: string) => new Function('x', s);\n", rule: /^plugin$/ },
  'function-call.ts': { code: 'export const f = (s: string) => Function(s);\n', rule: /^plugin$/ },
  'string-timer.ts': { code: "export const f = () => window.setTimeout('run()', 10);\n", rule: /^plugin$/ },
  'any.ts': { code: 'export const f = (x: any) => x;\n', rule: /noExplicitAny/ },
};

const SAFE = `export function show(el: HTMLElement, text: string, done: () => void) {
  el.textContent = text;
  el.append(document.createTextNode(text));
  window.setTimeout(done, 10);
  return Function.prototype.call;
}
`;

interface Diagnostic {
  category?: string;
  severity?: string;
  location?: { path?: string };
}

let dir = '';
let diagnostics: Diagnostic[] = [];

beforeAll(() => {
  // Inside the project, so that biome.json and its plugins apply.
  mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
  dir = mkdtempSync(resolve(ROOT, 'test-results', 'lint-probe-'));
  for (const [name, { code }] of Object.entries(OFFENCES)) writeFileSync(join(dir, name), code);
  writeFileSync(join(dir, 'safe.ts'), SAFE);
  let out = '';
  try {
    out = execFileSync(BIOME, ['lint', '--reporter=json', '--max-diagnostics=500', '--vcs-use-ignore-file=false', relative(ROOT, dir)], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    // Biome exits 1 when it finds errors, which is what these files are for.
    out = String((err as { stdout?: string }).stdout ?? '');
  }
  diagnostics = (JSON.parse(out) as { diagnostics?: Diagnostic[] }).diagnostics ?? [];
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const errorsIn = (name: string) => diagnostics.filter((d) => d.severity === 'error' && (d.location?.path ?? '').endsWith(`/${name}`));

describe('lint rules forbid HTML sinks, code from strings and `any`', () => {
  for (const [name, { rule }] of Object.entries(OFFENCES)) {
    it(`flags ${name}`, () => {
      const found = errorsIn(name);
      expect(found.length, JSON.stringify(diagnostics.map((d) => [d.category, d.location?.path]))).toBeGreaterThan(0);
      expect(found.some((d) => rule.test(d.category ?? ''))).toBe(true);
    });
  }

  it('lets text through as text', () => {
    expect(errorsIn('safe.ts')).toEqual([]);
  });
});
