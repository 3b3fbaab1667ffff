// Files the project generates and commits (docs/*.md): write one when it changed, or, with
// --check, say that it is stale and write nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Write the file at `path` (from `root`) when what `render` makes of it differs (render gets the
 * current text, for files that keep hand-written parts); in check mode only report. Returns
 * false when a check finds the file stale.
 */
export function syncGenerated(
  root: string,
  path: string,
  render: string | ((current: string) => string),
  opts: { check: boolean; command: string; quiet?: boolean },
): boolean {
  const target = resolve(root, path);
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  const body = typeof render === 'string' ? render : render(current);
  const say = (line: string) => {
    if (!opts.quiet) console.log(line);
  };
  if (current === body) {
    say(`${path} is up to date.`);
    return true;
  }
  if (opts.check) {
    console.error(`${path} is out of date: run ${opts.command} and commit it.`);
    return false;
  }
  writeFileSync(target, body);
  say(`Wrote ${path}.`);
  return true;
}
