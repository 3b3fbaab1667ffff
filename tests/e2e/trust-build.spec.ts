// Least privilege, read off the package a user installs: the manifest asks for no more than
// README "Permissions" justifies, the extension pages' CSP allows only Sceptic's own scripts,
// and no shipped script can evaluate strings as code or reach a network.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { outDir } from '../../scripts/lib/build';

const dir = () => resolve(outDir(), 'chrome-mv3');

function files(root: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(ext)) out.push(p);
    }
  };
  walk(root);
  return out;
}

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: Array<{ matches: string[]; all_frames?: boolean; match_about_blank?: boolean; world?: string }>;
  sandbox?: unknown;
  update_url?: string;
  background?: { service_worker?: string; scripts?: string[] };
}

test('the manifest asks for storage, activeTab, scripting and contextMenus only, and runs its content script on web pages only', () => {
  const m = JSON.parse(readFileSync(resolve(dir(), 'manifest.json'), 'utf8')) as Manifest;
  expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  expect(m.optional_permissions).toBeUndefined();
  expect(m.host_permissions).toBeUndefined();
  expect(m.optional_host_permissions).toBeUndefined();
  // No web page and no other extension can message Sceptic; no page can load its files.
  expect(m.externally_connectable).toBeUndefined();
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.sandbox).toBeUndefined();
  expect(m.update_url).toBeUndefined();
  expect(m.content_scripts).toHaveLength(1);
  const cs = m.content_scripts?.[0];
  expect([...(cs?.matches ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
  expect(cs?.world ?? 'ISOLATED').toBe('ISOLATED');
  // In every frame: a frame of another origin is read for the page's report (content/frame.ts).
  expect(cs?.all_frames).toBe(true);
  expect(cs?.match_about_blank ?? false).toBe(false);
});

test('the extension pages’ content security policy allows only Sceptic’s own scripts', () => {
  const m = JSON.parse(readFileSync(resolve(dir(), 'manifest.json'), 'utf8')) as Manifest;
  const csp = m.content_security_policy?.extension_pages ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0], d.slice(1)] as const),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'self'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  // Every page loads its scripts from the package, and none inline.
  for (const page of files(dir(), '.html')) {
    const html = readFileSync(page, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length, relative(dir(), page)).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs, relative(dir(), page)).toMatch(/\bsrc="\/[^"]+\.js"/);
      expect(body?.trim(), relative(dir(), page)).toBe('');
    }
    expect(html, relative(dir(), page)).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//i);
  }
});

/** Where shipped code could turn a string into code, or talk to a network. */
const FORBIDDEN: Array<[string, RegExp]> = [
  // eval called, or handed around as a value ((0, eval)(…)); `eval:` as an object key is not.
  ['eval', /(?<![\w$.'"|])eval\s*[(),;]/],
  // The Function constructor, called or constructed, directly or through an alias; Function.prototype.call and friends are fine.
  ['Function constructor', /(?<![\w$.])Function\b(?!\.(?:call|prototype|apply|bind)\b)/],
  ['string timer', /\bset(?:Timeout|Interval)\(\s*["'`]/],
  ['fetch', /(?<![\w$.])fetch\(|\.fetch\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/],
  ['importScripts', /importScripts/],
  ['WebRTC', /RTCPeerConnection/],
  ['remote import', /\bimport\(\s*["'`](?:https?:)?\/\//],
];

test('no shipped script evaluates strings as code or opens a connection (zod runs jitless)', () => {
  const scripts = files(dir(), '.js');
  expect(scripts.length).toBeGreaterThan(5);
  const hits: string[] = [];
  for (const file of scripts) {
    const code = readFileSync(file, 'utf8');
    for (const [what, re] of FORBIDDEN) {
      const m = re.exec(code);
      if (m) hits.push(`${relative(dir(), file)}: ${what}: …${code.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
    }
  }
  expect(hits).toEqual([]);
  // zod ships in the background and the extension pages, switched to its interpreter.
  const withZod = scripts.filter((f) => readFileSync(f, 'utf8').includes('__zod_globalConfig'));
  expect(withZod.map((f) => relative(dir(), f))).toContain('background.js');
  for (const f of withZod) expect(readFileSync(f, 'utf8'), relative(dir(), f)).toContain('jitless');
});

test('the scanner itself finds what it looks for', () => {
  // A check that could never fail proves nothing: each pattern catches its own example.
  const samples: Record<string, string> = {
    eval: 'x=(0,eval)("1")',
    'Function constructor': 'let F=Function;new F("")',
    'string timer': 'setTimeout("go()",1)',
    fetch: 'fetch(u)',
    XMLHttpRequest: 'new XMLHttpRequest',
    WebSocket: 'new WebSocket(u)',
    EventSource: 'new EventSource(u)',
    sendBeacon: 'navigator.sendBeacon(u)',
    importScripts: 'importScripts(u)',
    WebRTC: 'new RTCPeerConnection()',
    'remote import': 'import("https://x.test/a.js")',
  };
  for (const [what, re] of FORBIDDEN) expect(re.test(samples[what] ?? ''), what).toBe(true);
  expect(/(?<![\w$.])Function\b(?!\.(?:call|prototype|apply|bind)\b)/.test('c=Function.call.bind(o)')).toBe(false);
  const evalRe = FORBIDDEN[0]?.[1] ?? /$^/;
  for (const fine of ['evaluate(x)', 'e.eval(x)', 'inspectedWindow:{eval:{minArgs:1}}', '/studies|eval|benchmarks/'])
    expect(evalRe.test(fine), fine).toBe(false);
});
