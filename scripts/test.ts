// `npm test`: every check the project has, in order, with one summary line at the end.
//   typecheck · lint · unit tests · Chrome and Firefox packages (npm run zip) · addons-linter ·
//   end-to-end tests in Chromium · end-to-end tests in Firefox
// A single check (the typecheck, say) counts as one test; vitest and Playwright count each test.
// Set SCEPTIC_SKIP_E2E=1 to leave out the browser tests. Without Chromium the Chromium tests fail;
// without a Firefox of version 140 or newer the Firefox tests are left out, and the summary says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { outDir, ROOT } from './lib/build';
import { findChromium, INSTALL_HINT } from './lib/chromium';
import { FIREFOX_INSTALL_HINT, findFirefox, firefoxVersion, MIN_FIREFOX } from './lib/firefox';

const results = resolve(ROOT, 'test-results');
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function step(name: string, ok: boolean): void {
  console.log(`\n${ok ? '✔' : '✘'} ${name}\n`);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function header(name: string): void {
  console.log(`\n━━ ${name} ${'━'.repeat(Math.max(0, 70 - name.length))}`);
}

/** The package `wxt zip` made for a browser (or the sources zip that goes with the Firefox one). */
function packageFile(kind: 'chrome' | 'firefox' | 'sources'): string | undefined {
  const dir = outDir();
  const name = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith(`-${kind}.zip`)) : undefined;
  return name ? resolve(dir, name) : undefined;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

header('typecheck');
step('typecheck', run('npx', ['wxt', 'prepare']) === 0 && run('npx', ['tsc', '--noEmit', '-p', '.']) === 0);

header('lint and format');
step('lint (biome, with the HTML-sink rule)', run('npx', ['biome', 'ci', '.']) === 0);

/** A vitest run, each of its tests counted; a run that skips any of them, or breaks before reporting, fails. */
function vitestStage(what: string, config: string, report: string, env: Record<string, string> = {}): void {
  const json = resolve(results, report);
  rmSync(json, { force: true });
  const code = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], env);
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number }>(json);
  if (r) {
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (r.numFailedTests) failures.push(`${r.numFailedTests} ${what}(s)`);
    if (r.numPendingTests) step(`every ${what} ran`, false);
  }
  if (!r || (code !== 0 && !r.numFailedTests)) step(`${what} run`, false);
}

header('unit tests');
vitestStage('unit test', 'tests/vitest.config.ts', 'unit.json');

header('packages (npm run zip)');
// `wxt zip` builds before it packs: .output/chrome-mv3 and firefox-mv3 are fresh builds too.
// Packages of an earlier version go first, so that only this build's are checked.
if (existsSync(outDir())) for (const f of readdirSync(outDir())) if (f.endsWith('.zip')) rmSync(resolve(outDir(), f));
step('Chrome package (MV3)', run('npx', ['wxt', 'zip']) === 0 && !!packageFile('chrome'));
step(
  'Firefox package (MV3) and its sources',
  run('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']) === 0 && !!packageFile('firefox') && !!packageFile('sources'),
);

header('addons-linter (Firefox package)');
/** Warnings that addons-linter may raise, each explained in README, "Firefox"; any other fails. */
const EXPLAINED_WARNINGS: Record<string, number> = { UNSAFE_VAR_ASSIGNMENT: 1 };
const firefoxZip = packageFile('firefox');
const lint = firefoxZip ? spawnSync('npx', ['addons-linter', '--output', 'json', firefoxZip], { cwd: ROOT, encoding: 'utf8' }) : undefined;
const report = (() => {
  try {
    return JSON.parse(lint?.stdout ?? '') as {
      summary: { errors: number; warnings: number };
      errors: Array<{ code: string; message: string }>;
      warnings: Array<{ code: string; message: string; file?: string }>;
    };
  } catch {
    return undefined;
  }
})();
const unexplained: string[] = [];
if (report) {
  const seen: Record<string, number> = {};
  for (const e of report.errors) console.log(`  error ${e.code}: ${e.message}`);
  for (const w of report.warnings) {
    const count = (seen[w.code] ?? 0) + 1;
    seen[w.code] = count;
    const explained = count <= (EXPLAINED_WARNINGS[w.code] ?? 0);
    if (!explained) unexplained.push(w.code);
    console.log(`  warning ${w.code}${w.file ? ` in ${w.file}` : ''}: ${explained ? 'explained in README, "Firefox"' : `NOT EXPLAINED: ${w.message}`}`);
  }
  console.log(`  ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
}
step('addons-linter on the Firefox package: 0 errors', !!report && report.summary.errors === 0);
step('addons-linter on the Firefox package: every warning explained', !!report && unexplained.length === 0);

const skipE2E = process.env.SCEPTIC_SKIP_E2E === '1';
if (skipE2E) {
  console.log('\nEnd-to-end tests skipped (SCEPTIC_SKIP_E2E=1).');
} else if (!findChromium()) {
  console.log(`\nNo Chromium found, so the end-to-end tests cannot run. Install it with:\n  ${INSTALL_HINT}`);
  step('end-to-end tests (Chromium missing)', false);
} else {
  header('end-to-end tests (Chromium)');
  const e2eJson = resolve(results, 'e2e.json');
  rmSync(e2eJson, { force: true });
  const code = run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'], {
    SCEPTIC_SKIP_BUILD: existsSync(resolve(outDir(), 'chrome-mv3', 'manifest.json')) ? '1' : '0',
    PLAYWRIGHT_JSON_OUTPUT_FILE: e2eJson,
  });
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(e2eJson);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    if (e2e.stats.unexpected) failures.push(`${e2e.stats.unexpected} end-to-end test(s)`);
  }
  if (!e2e || (code !== 0 && !e2e.stats.unexpected)) step('end-to-end test run', false);
}

const firefox = skipE2E ? undefined : findFirefox();
const firefoxMajor = firefox ? firefoxVersion(firefox) : undefined;
let firefoxNote = '';
if (skipE2E) {
  // said above
} else if (!firefox || (firefoxMajor ?? 0) < MIN_FIREFOX) {
  firefoxNote = firefox
    ? `Firefox ${firefoxMajor ?? 'of unknown version'} (${firefox}) is older than ${MIN_FIREFOX}: the Firefox end-to-end tests were left out.`
    : `No Firefox found: the Firefox end-to-end tests were left out. Install it with:\n  ${FIREFOX_INSTALL_HINT}`;
  console.log(`\n${firefoxNote}`);
} else {
  header(`end-to-end tests (Firefox ${firefoxMajor})`);
  vitestStage('Firefox test', 'tests/firefox/vitest.config.ts', 'firefox.json', {
    SCEPTIC_SKIP_BUILD: existsSync(resolve(outDir(), 'firefox-mv3', 'manifest.json')) ? '1' : '0',
  });
}

if (firefoxNote) console.log(`\nNote: ${firefoxNote.split('\n')[0]}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
