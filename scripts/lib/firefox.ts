// Driving a real Firefox with the built extension, over Marionette (Firefox's own remote
// protocol, shipped in every build): the Firefox end-to-end tests use it. Playwright's Firefox
// support wants its own patched build, and an ESR's WebDriver BiDi cannot run script in the
// browser window, so this talks to Firefox directly.
//
// Firefox is started headless with a throwaway profile and `--remote-allow-system-access`, which
// lets the tests read the toolbar badge from the browser's own window (Marionette's chrome
// scope). Inside a tab, Marionette's "system" sandbox reads with the system principal what no page
// script can (the hover card's closed shadow root), and its input actions move the real mouse. The
// extension is installed as a temporary add-on (`Addon:Install`), as about:debugging would.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
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
  // Marionette picks a free port and writes it to the profile's MarionetteActivePort.
  'marionette.port': 0,
};

/**
 * A Marionette connection: packets are `length:json`, commands
 * `[0, id, name, params]`, answers `[1, id, error, result]`.
 */
class Marionette {
  #sock: Socket;
  #buf = Buffer.alloc(0);
  #next = 0;
  #waiting = new Map<number, (reply: [number, number, { error: string; message: string } | null, unknown]) => void>();
  #hello: Promise<void>;

  private constructor(sock: Socket) {
    this.#sock = sock;
    let greeted: () => void = () => undefined;
    this.#hello = new Promise((resolve) => {
      greeted = resolve;
    });
    sock.on('data', (d: Buffer) => {
      this.#buf = Buffer.concat([this.#buf, d]);
      for (;;) {
        const colon = this.#buf.indexOf(0x3a);
        if (colon < 0) return;
        const len = Number(this.#buf.subarray(0, colon).toString('ascii'));
        if (this.#buf.length < colon + 1 + len) return;
        const msg = JSON.parse(this.#buf.subarray(colon + 1, colon + 1 + len).toString('utf8')) as unknown;
        this.#buf = this.#buf.subarray(colon + 1 + len);
        if (Array.isArray(msg)) this.#waiting.get(msg[1] as number)?.(msg as never);
        else greeted();
      }
    });
  }

  static async open(profile: string, timeoutMs: number): Promise<Marionette> {
    const file = join(profile, 'MarionetteActivePort');
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(file) || !readFileSync(file, 'utf8').trim()) {
      if (Date.now() > deadline) throw new Error(`Firefox did not start Marionette within ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const sock = connect(Number(readFileSync(file, 'utf8').trim()), '127.0.0.1');
    const m = new Marionette(sock);
    await m.#hello;
    await m.send('WebDriver:NewSession', {});
    return m;
  }

  send(name: string, params: Record<string, unknown>, timeoutMs = 60_000): Promise<unknown> {
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new Error(`${name}: no answer within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.#waiting.set(id, ([, , error, result]) => {
        clearTimeout(timer);
        this.#waiting.delete(id);
        if (error) reject(new Error(`${name}: ${error.error}: ${error.message}`));
        else resolve(result);
      });
      const packet = JSON.stringify([0, id, name, params]);
      this.#sock.write(`${Buffer.byteLength(packet)}:${packet}`);
    });
  }

  close(): void {
    this.#sock.destroy();
  }
}

export class Firefox {
  #m: Marionette;
  #proc: ChildProcess;
  #profile: string;
  /** The window handle commands last went to, and the scope they ran in. */
  #at = '';
  #scope: 'content' | 'chrome' = 'content';

  private constructor(m: Marionette, proc: ChildProcess, profile: string) {
    this.#m = m;
    this.#proc = proc;
    this.#profile = profile;
  }

  /** Start Firefox headless with a fresh profile and open a Marionette session. */
  static async launch(binary: string, timeoutMs = 60_000): Promise<Firefox> {
    const profile = mkdtempSync(join(tmpdir(), 'sceptic-firefox-'));
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(PREFS)
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
        .join(''),
    );
    const proc = spawn(binary, ['--headless', '--no-remote', '--profile', profile, '--marionette', '--remote-allow-system-access'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    let seen = '';
    proc.stderr?.on('data', (d: Buffer) => {
      seen = (seen + d.toString()).slice(-2000);
    });
    try {
      const exited = new Promise<never>((_, reject) =>
        proc.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before Marionette started: ${seen.slice(-500)}`))),
      );
      const m = await Promise.race([Marionette.open(profile, timeoutMs), exited]);
      return new Firefox(m, proc, profile);
    } catch (err) {
      proc.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
      throw err;
    }
  }

  async #to(handle: string, scope: 'content' | 'chrome'): Promise<void> {
    if (scope !== this.#scope) {
      await this.#m.send('Marionette:SetContext', { value: scope });
      this.#scope = scope;
    }
    if (scope === 'content' && handle && handle !== this.#at) {
      await this.#m.send('WebDriver:SwitchToWindow', { handle, focus: true });
      this.#at = handle;
    }
  }

  /** Install an unpacked extension as a temporary add-on; its id. */
  async install(dir: string): Promise<string> {
    const r = (await this.#m.send('Addon:Install', { path: dir, temporary: true })) as { value: string };
    return String(r.value);
  }

  /** The first tab's window handle. */
  async firstTab(): Promise<string> {
    await this.#to('', 'content');
    const r = (await this.#m.send('WebDriver:GetWindowHandles', {})) as string[] | { value: string[] };
    const handles = Array.isArray(r) ? r : r.value;
    const first = handles[0];
    if (!first) throw new Error('Firefox has no tab');
    return first;
  }

  async navigate(handle: string, url: string): Promise<void> {
    await this.#to(handle, 'content');
    await this.#m.send('WebDriver:Navigate', { url });
  }

  /** Evaluate an expression in a tab's page and return its value (a promise is awaited). */
  async evaluate<T = unknown>(handle: string, expression: string): Promise<T> {
    await this.#to(handle, 'content');
    const r = (await this.#m.send('WebDriver:ExecuteScript', { script: `return (${expression});`, args: [] })) as { value: T };
    return r.value;
  }

  /**
   * Evaluate an expression in a tab's page with the system principal (Marionette's "system"
   * sandbox): it sees the page's DOM through Firefox's privileged views, so it can read what no
   * page script can, such as a closed shadow root (`element.openOrClosedShadowRoot`). Its value,
   * as for `evaluate`; return plain data (JSON), not the page's objects.
   */
  async evaluateSystem<T = unknown>(handle: string, expression: string): Promise<T> {
    await this.#to(handle, 'content');
    const r = (await this.#m.send('WebDriver:ExecuteScript', { script: `return (${expression});`, args: [], sandbox: 'system' })) as { value: T };
    return r.value;
  }

  /** Dispatch WebDriver input actions (real, trusted events: pointer moves, keys) to a tab. */
  async performActions(handle: string, actions: unknown[]): Promise<void> {
    await this.#to(handle, 'content');
    await this.#m.send('WebDriver:PerformActions', { actions });
  }

  /** Move the mouse to a point of a tab's viewport (CSS pixels), in `steps` moves from where it is. */
  async moveMouse(handle: string, x: number, y: number, steps = 1): Promise<void> {
    const move = { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: Math.max(0, steps - 1) * 16 };
    await this.performActions(handle, [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [move] }]);
  }

  /**
   * Run `body` in the browser window with `ext` (the add-on, as Firefox's extension framework
   * holds it) and `tab` (the tab showing `url`) in scope; its string result, or '' when the
   * add-on is not installed or no tab shows the page.
   */
  async #withAddonTab(addonId: string, url: string, body: string): Promise<string> {
    await this.#to('', 'chrome');
    const r = (await this.#m.send('WebDriver:ExecuteScript', {
      script: `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
        const tab = [...gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
        if (!ext || !tab) return '';
        ${body}`,
      args: [],
    })) as { value: string };
    return r.value;
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
   * path standing for the extension's id of the tab showing `forUrl`; the new tab's handle.
   * Automation may not navigate to an extension's pages, so the browser window opens it, as a
   * user's click would.
   */
  async openExtensionTab(addonId: string, path: string, forUrl: string): Promise<string> {
    const before = new Set(await this.#handles());
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
      const fresh = (await this.#handles()).find((h) => !before.has(h));
      if (fresh) {
        await this.#to(fresh, 'content');
        const at = (await this.#m.send('WebDriver:GetCurrentURL', {})) as { value: string };
        if (at.value === url && (await this.#loaded())) return fresh;
      }
      if (Date.now() > deadline) throw new Error(`${url} did not open`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Whether the current tab's document has finished loading (false while it is still being replaced). */
  async #loaded(): Promise<boolean> {
    try {
      const r = (await this.#m.send('WebDriver:ExecuteScript', { script: "return document.readyState === 'complete' && !!document.body;", args: [] })) as {
        value: boolean;
      };
      return r.value === true;
    } catch {
      return false;
    }
  }

  async #handles(): Promise<string[]> {
    await this.#to('', 'content');
    const r = (await this.#m.send('WebDriver:GetWindowHandles', {})) as string[] | { value: string[] };
    return Array.isArray(r) ? r : r.value;
  }

  async closeTab(handle: string): Promise<void> {
    await this.#to(handle, 'content');
    await this.#m.send('WebDriver:CloseWindow', {});
    this.#at = '';
  }

  async close(): Promise<void> {
    try {
      await this.#m.send('Marionette:Quit', { flags: ['eForceQuit'] }, 5000);
    } catch {
      // it is going anyway
    }
    this.#m.close();
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
