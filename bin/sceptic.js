#!/usr/bin/env node
// The `sceptic` command. The command line is written in TypeScript and shares its
// code with the extension; tsx compiles it on the fly, so no build step is needed.
let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  process.stderr.write('sceptic: cannot load tsx, which runs the TypeScript sources. Run "npm ci" (or "npm install") in the Sceptic folder first.\n');
  process.exit(1);
}
register();
await import('../cli/sceptic.ts');
