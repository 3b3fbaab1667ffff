// Where `sceptic scan` gets its HTML: a file, standard input or an http(s) URL.
// Every source is bounded in size; URLs also in time and in redirects, and must
// answer with HTML. Failures are PageErrors with a message meant for a person.
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export class PageError extends Error {}

export interface Loaded {
  /** The HTML, decoded. */
  html: string;
  /** The address the page is scanned as (links resolve against it). */
  url: string;
}

export interface LoadOptions {
  /** Milliseconds for the whole fetch of one URL, redirects and body included. */
  timeoutMs: number;
  /** Largest page accepted, in bytes. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_LOAD: Omit<LoadOptions, 'userAgent'> = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The charset a page declares: BOM, then the HTTP header, then a <meta> in the first bytes. */
export function charsetOf(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const fromMeta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  return fromMeta ? fromMeta.toLowerCase() : 'utf-8';
}

export function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = charsetOf(bytes, contentType);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown label: UTF-8 is the web's default.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A few bytes say whether this is text at all: HTML never holds NUL bytes (UTF-16 aside). */
function looksBinary(bytes: Uint8Array, contentType: string | null): boolean {
  if (charsetOf(bytes, contentType).startsWith('utf-16')) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Read a byte stream, refusing it as soon as it grows past the limit. */
async function readBounded(chunks: AsyncIterable<Uint8Array>, maxBytes: number, what: string, onTooLarge?: () => void): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      onTooLarge?.();
      throw new PageError(`${what} is larger than the ${formatBytes(maxBytes)} limit (raise it with --max-size)`);
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

function systemMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.message ?? String(err);
  }
}

export async function loadFile(path: string, options: Pick<LoadOptions, 'maxBytes'>): Promise<Loaded> {
  const file = resolve(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new PageError('is a directory, not an HTML file');
    if (info.size > options.maxBytes) throw new PageError(`is larger than the ${formatBytes(options.maxBytes)} limit (raise it with --max-size)`);
    const handle = await open(file, 'r');
    try {
      bytes = await readBounded(handle.createReadStream({ autoClose: false }), options.maxBytes, 'the file');
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof PageError) throw err;
    throw new PageError(`cannot read the file: ${systemMessage(err)}`);
  }
  if (looksBinary(bytes, null)) throw new PageError('is not an HTML file (it holds binary data)');
  return { html: decode(bytes, null), url: pathToFileURL(file).href };
}

export async function loadStdin(stdin: AsyncIterable<Uint8Array | string>, options: Pick<LoadOptions, 'maxBytes'>): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    const asBytes = (async function* () {
      for await (const c of stdin) yield typeof c === 'string' ? Buffer.from(c) : c;
    })();
    bytes = await readBounded(asBytes, options.maxBytes, 'standard input');
  } catch (err) {
    if (err instanceof PageError) throw err;
    throw new PageError(`cannot read standard input: ${systemMessage(err)}`);
  }
  if (bytes.length === 0) throw new PageError('standard input is empty');
  if (looksBinary(bytes, null)) throw new PageError('standard input is not HTML (it holds binary data)');
  return { html: decode(bytes, null), url: 'http://localhost/' };
}

/** Why a fetch failed, in words: undici hides the system error in `cause`. */
function fetchFailure(err: unknown, timeoutMs: number): string {
  const e = err as Error & { cause?: NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException } };
  if (e.name === 'TimeoutError') return `timed out after ${timeoutMs / 1000} s (change it with --timeout)`;
  if (e.name === 'AbortError') return 'the request was aborted';
  const cause = e.cause?.code ? e.cause : e.cause?.cause;
  if (!cause?.code) return e.cause?.message ?? e.message;
  switch (cause.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was closed by the server';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out';
    default:
      return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  }
}

export async function loadUrl(address: string, options: LoadOptions): Promise<Loaded> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PageError('is not a valid URL');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PageError(`cannot fetch ${url.protocol} addresses, only http and https`);
    let res: Response;
    try {
      res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': options.userAgent },
      });
    } catch (err) {
      throw new PageError(`fetch failed: ${fetchFailure(err, options.timeoutMs)}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
      await res.body?.cancel();
      if (hop >= options.maxRedirects) throw new PageError(`too many redirects (more than ${options.maxRedirects})`);
      url = new URL(res.headers.get('location') ?? '', url);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new PageError(`the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const contentType = res.headers.get('content-type');
    const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (contentType && !HTML_TYPES.has(mime)) {
      await res.body?.cancel();
      throw new PageError(`is not an HTML page (content-type: ${mime || contentType})`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await res.body?.cancel();
      throw new PageError(`the page is larger than the ${formatBytes(options.maxBytes)} limit (raise it with --max-size)`);
    }
    let bytes: Uint8Array;
    try {
      const body = res.body ?? (async function* () {})();
      bytes = await readBounded(body as AsyncIterable<Uint8Array>, options.maxBytes, 'the page', () => void res.body?.cancel().catch(() => {}));
    } catch (err) {
      if (err instanceof PageError) throw err;
      throw new PageError(`fetch failed while reading the page: ${fetchFailure(err, options.timeoutMs)}`);
    }
    if (looksBinary(bytes, contentType)) throw new PageError('is not an HTML page (it holds binary data)');
    const html = decode(bytes, contentType);
    if (!contentType && !/<(?:!doctype html|html|head|body)[\s>]/i.test(html.slice(0, 4096))) {
      throw new PageError('is not an HTML page (no content-type, and the body does not look like HTML)');
    }
    return { html, url: url.href };
  }
}

export type Source = { kind: 'stdin'; label: string } | { kind: 'file'; label: string; path: string } | { kind: 'url'; label: string; url: string };

/** What an argument names: `-` for standard input, an http(s) or file URL, or a path. */
export function sourceOf(arg: string): Source {
  if (arg === '-') return { kind: 'stdin', label: '(standard input)' };
  if (/^file:\/\//i.test(arg)) {
    try {
      return { kind: 'file', label: arg, path: fileURLToPath(arg) };
    } catch {
      return { kind: 'url', label: arg, url: arg };
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return { kind: 'url', label: arg, url: arg };
  return { kind: 'file', label: arg, path: arg };
}
