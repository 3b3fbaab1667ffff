// Driving a real Firefox with the built extension, over WebDriver BiDi (Firefox's own remote
// protocol): the Firefox end-to-end tests use it. Playwright's Firefox support wants its own
// patched build or a newer BiDi than an ESR speaks, so this talks to Firefox directly.
//
// Firefox is started headless with a throwaway profile and `--remote-allow-system-access`, which
// lets the tests read the toolbar badge from the browser's own window. The extension is
// installed as a temporary add-on (`webExtension.install`), as about:debugging would.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { which } from './which';

export const FIREFOX_INSTALL_HINT = 'sudo apt-get install -y firefox-esr   (Debian/Ubuntu; or set FIREFOX_PATH to a Firefox 140 or newer)';

/** The oldest Firefox the manifest accepts (browser_specific_settings.gecko.strict_min_version). */
export const MIN_FIREFOX = 140;

export function findFirefox(): string | undefined {
  const env = process.env.FIREFOX_PATH;
  if (env && existsSync(env)) return env;
  for (const p of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(p)) return p;
  return which('firefox-esr') ?? which('firefox');
}

/** The major version of a Firefox binary, or undefined when it cannot say. */
export function firefoxVersion(binary: string): number | undefined {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 });
    const m = /Firefox (\d+)/.exec(out);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** A remote value as BiDi serialises it; the tests only ever ask for strings, numbers and booleans. */
interface RemoteValue {
  type: string;
  value?: unknown;
}

type Reply = { type: 'success'; id: number; result: Record<string, unknown> } | { type: 'error'; id: number; error: string; message: string };

/** Preferences for a quiet, offline test profile. */
const PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'browser.discovery.enabled': false,
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

export class Firefox {
  #ws: WebSocket;
  #proc: ChildProcess;
  #profile: string;
  #next = 0;
  #pending = new Map<number, (r: Reply) => void>();

  private constructor(ws: WebSocket, proc: ChildProcess, profile: string) {
    this.#ws = ws;
    this.#proc = proc;
    this.#profile = profile;
    ws.addEventListener('message', (e) => {
      const msg = JSON.parse(String(e.data)) as Reply;
      const done = typeof msg.id === 'number' ? this.#pending.get(msg.id) : undefined;
      if (done) {
        this.#pending.delete(msg.id);
        done(msg);
      }
    });
    ws.addEventListener('close', () => {
      for (const done of this.#pending.values()) done({ type: 'error', id: -1, error: 'closed', message: 'Firefox closed the connection' });
      this.#pending.clear();
    });
  }

  /** Start Firefox headless with a fresh profile and open a BiDi session. */
  static async launch(binary: string, timeoutMs = 60_000): Promise<Firefox> {
    if (typeof WebSocket !== 'function') throw new Error('This Node has no WebSocket: run it with --experimental-websocket (Node 20) or use Node 22 or newer');
    const profile = mkdtempSync(join(tmpdir(), 'sceptic-firefox-'));
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(PREFS)
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
        .join(''),
    );
    const proc = spawn(binary, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = '';
        const timer = setTimeout(
          () => reject(new Error(`Firefox did not start its remote agent within ${timeoutMs / 1000} s: ${seen.slice(-500)}`)),
          timeoutMs,
        );
        proc.stderr?.on('data', (d: Buffer) => {
          seen += d.toString();
          const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        proc.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`Firefox exited (${code}) before its remote agent started: ${seen.slice(-500)}`));
        });
      });
      const ws = new WebSocket(`${url}/session`);
      await new Promise<void>((resolve, reject) => {
        ws.addEventListener('open', () => resolve(), { once: true });
        ws.addEventListener('error', () => reject(new Error(`could not connect to ${url}`)), { once: true });
      });
      const ff = new Firefox(ws, proc, profile);
      await ff.send('session.new', { capabilities: {} });
      return ff;
    } catch (err) {
      proc.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
      throw err;
    }
  }

  /** One BiDi command; its result, or an error with Firefox's message. */
  send(method: string, params: Record<string, unknown>, timeoutMs = 60_000): Promise<Record<string, unknown>> {
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.#pending.set(id, (r) => {
        clearTimeout(timer);
        if (r.type === 'success') resolve(r.result);
        else reject(new Error(`${method}: ${r.error}: ${r.message}`));
      });
      this.#ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Install an unpacked extension as a temporary add-on; its id. */
  async install(dir: string): Promise<string> {
    const r = await this.send('webExtension.install', { extensionData: { type: 'path', path: dir } });
    return String(r.extension);
  }

  /** The first tab's browsing context (content scope). */
  async firstTab(): Promise<string> {
    const r = (await this.send('browsingContext.getTree', { maxDepth: 0 })) as { contexts: Array<{ context: string }> };
    const first = r.contexts[0];
    if (!first) throw new Error('Firefox has no tab');
    return first.context;
  }

  async navigate(context: string, url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
  }

  /** Evaluate an expression in a context (a page's, or the browser window's) and return its primitive value. */
  async evaluate<T = unknown>(context: string, expression: string): Promise<T> {
    const r = (await this.send('script.evaluate', { expression, target: { context }, awaitPromise: true })) as {
      type: 'success' | 'exception';
      result?: RemoteValue;
      exceptionDetails?: { text: string };
    };
    if (r.type === 'exception') throw new Error(`evaluation failed: ${r.exceptionDetails?.text ?? 'unknown error'}`);
    return r.result?.value as T;
  }

  /** The browser window itself (chrome scope), where the toolbar lives. */
  async browserWindow(): Promise<string> {
    const r = (await this.send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' })) as { contexts: Array<{ context: string }> };
    const win = r.contexts[0];
    if (!win) throw new Error('Firefox has no browser window');
    return win.context;
  }

  /**
   * Run `body` in the browser window with `ext` (the add-on, as Firefox's extension framework
   * holds it) and `tab` (the tab showing `url`) in scope; its string result, or '' when the
   * add-on is not installed or no tab shows the page.
   */
  async #withAddonTab(addonId: string, url: string, body: string): Promise<string> {
    return this.evaluate<string>(
      await this.browserWindow(),
      `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
        const tab = [...gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
        if (!ext || !tab) return '';
        ${body}
      })()`,
    );
  }

  /**
   * What the extension's toolbar button shows for the tab at `url`: badge text, tooltip and
   * badge colour, read from Firefox's own record of the action's per-tab state.
   */
  async badge(addonId: string, url: string): Promise<{ text: string; title: string; colour: number[] } | null> {
    const json = await this.#withAddonTab(
      addonId,
      url,
      `const action = ExtensionParent.apiManager.global.browserActionFor(ext).action;
        return JSON.stringify({ text: action.getProperty(tab, 'badgeText'), title: action.getProperty(tab, 'title'), colour: action.getProperty(tab, 'badgeBackgroundColor') });`,
    );
    return json ? (JSON.parse(json) as { text: string; title: string; colour: number[] }) : null;
  }

  /**
   * Open one of the extension's pages (`popup.html?tab=…`, say) in a new tab, with `{tab}` in the
   * path standing for the extension's id of the tab showing `forUrl`; the new tab's context.
   * Automation may not navigate to an extension's pages, so the browser window opens it, as a
   * user's click would.
   */
  async openExtensionTab(addonId: string, path: string, forUrl: string): Promise<string> {
    const url = await this.#withAddonTab(
      addonId,
      forUrl,
      `const url = ext.baseURI.resolve(${JSON.stringify(path)}.replace('{tab}', String(ext.tabManager.getWrapper(tab).id)));
        gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
        return url;`,
    );
    if (!url) throw new Error(`no tab shows ${forUrl}, or ${addonId} is not installed`);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const tree = (await this.send('browsingContext.getTree', { maxDepth: 0 })) as { contexts: Array<{ context: string; url: string }> };
      const hit = tree.contexts.find((c) => c.url === url);
      if (hit) return hit.context;
      if (Date.now() > deadline) throw new Error(`${url} did not open`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async closeTab(context: string): Promise<void> {
    await this.send('browsingContext.close', { context });
  }

  async close(): Promise<void> {
    try {
      this.#ws.close();
    } catch {
      // already closed
    }
    const exited = new Promise<void>((resolve) => {
      if (this.#proc.exitCode !== null || this.#proc.signalCode !== null) resolve();
      else this.#proc.once('exit', () => resolve());
    });
    this.#proc.kill('SIGTERM');
    const timer = setTimeout(() => this.#proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(this.#profile, { recursive: true, force: true });
  }
}
