// Where a command lives on PATH, if anywhere: how the browser finders look beyond their usual places.
import { execFileSync } from 'node:child_process';

export function which(cmd: string): string | undefined {
  try {
    return execFileSync('which', [cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
